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
    void aMissingEmptyOrBinaryFileIsBadInputInOneLineAndLatin1IsDecodedAsRestoreDoes() throws Exception {
        Run missing = run("import", dir.resolve("nope.txt").toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Run none = run("import", empty.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(ExitCode.BAD_INPUT, none.code());
        assertTrue(none.err().contains("is empty"), none.err());
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0, 0});
        Run bad = run("import", binary.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(ExitCode.BAD_INPUT, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "A caf\u00e9 report on the concession\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Run decoded = run("import", latin1.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(0, decoded.code(), decoded.err());
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
