package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.Store;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void importsAReportOnceIntoTheDatabaseItIsGiven() throws Exception {
        Path report = dir.resolve("sample-report.txt");
        Files.copy(Path.of(getClass().getResource("/web/sample/report.txt").toURI()), report);
        Path db = dir.resolve("db/dossier.db");

        Run first = run("import", report.toString(), "--db", db.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("imported " + report + " as 'sample-report'"), first.out());
        Run again = run("import", report.toString(), "--db", db.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().startsWith("already stored: " + report), again.out());

        try (Store store = Store.open(StoreLocation.sqliteFile(db))) {
            assertEquals(1, store.listDocuments().size());
            assertEquals("p1", store.search("concession", 5).get(0).ref());
        }
    }

    @Test
    void aMissingOrNonUtf8FileIsBadInputInOneLine() throws Exception {
        Run missing = run("import", dir.resolve("nope.txt").toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        Run bad = run("import", latin1.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(ExitCode.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("not UTF-8"), bad.err());
    }

    @Test
    void anUnopenableDatabaseIsAStorageError() throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "A report\n");
        Path notADb = dir.resolve("file.db");
        Files.writeString(notADb, "this is not a database");
        Run r = run("import", report.toString(), "--db", notADb.toString());
        assertEquals(ExitCode.STORAGE, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
