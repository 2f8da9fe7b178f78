package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.Store;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexCommandTest {
    @TempDir Path dir;

    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : new String[] {"sim_foreign-policy-bulletin_1935-11-01_15_1_0.txt",
                "sim_foreign-policy-bulletin_1939-04-14_18_25.txt"}) {
            Files.copy(Path.of(getClass().getResource("/restore/" + name).toURI()), corpus.resolve(name));
        }
        Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0, 0});
        return corpus;
    }

    @Test
    void storesEveryGoodTextOnceReportsTheBadOneAndSearchNamesTheDocument() throws Exception {
        Path corpus = corpus();
        Path db = dir.resolve("index.db");

        CommandRun first = CommandRun.run("corpus", "index", corpus.toString(), "--db", db.toString(), "--jobs", "2");
        assertEquals(ExitCode.BAD_INPUT, first.exit(), first.err());
        assertTrue(first.out().startsWith("2 stored, 0 already stored, 1 failed"), first.out());
        assertEquals(1, first.err().lines().count(), first.err());
        assertTrue(first.err().contains("broken.txt"), first.err());

        CommandRun again = CommandRun.run("corpus", "index", corpus.toString(), "--db", db.toString());
        assertTrue(again.out().startsWith("0 stored, 2 already stored, 1 failed"), again.out());

        try (Store store = Store.open(StoreLocation.sqliteFile(db))) {
            assertEquals(2, store.listDocuments().size());
        }
        CommandRun search = CommandRun.run("search", "Italy", "--db", db.toString(), "--limit", "100");
        assertEquals(0, search.exit(), search.err());
        for (String slug : new String[] {"sim-foreign-policy-bulletin-1935-11-01", "sim-foreign-policy-bulletin-1939-04-14"}) {
            assertTrue(search.out().lines().anyMatch(l -> l.startsWith(slug)), slug + " in " + search.out());
        }
    }

    @Test
    void aMissingSourceIsBadInput() {
        CommandRun r = CommandRun.run("corpus", "index", dir.resolve("nowhere").toString(), "--db",
            dir.resolve("x.db").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
