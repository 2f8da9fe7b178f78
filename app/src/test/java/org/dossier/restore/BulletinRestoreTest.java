package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bulletins of the same publisher, some badly broken: restoration degrades, never fails. */
class BulletinRestoreTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "restore/sim_foreign-policy-bulletin_1935-11-01_15_1_0.txt",
        "restore/sim_foreign-policy-bulletin_1939-04-14_18_25.txt",
        "restore/sim_foreign-policy-bulletin_1941-03-14_20_21_0.txt"})
    void restoresABulletinFixture(String resource) {
        String raw = Fixtures.text(resource);
        Edition e = Restorer.standard().restore(raw);
        EditionInvariants.check(raw, e);
        assertTrue(e.paragraphs().size() >= 10, "paragraphs " + e.paragraphs().size());
        assertTrue(e.pages().size() >= 2, "pages " + e.pages().size());
        assertEquals(1, e.pages().get(0).number());
        for (Paragraph p : e.paragraphs()) {
            assertFalse(p.text().matches("(?i).*\\bpage (two|three|four)\\b.*"), p.id() + ": " + p.text());
        }
        assertTrue(e.metadata().volume() != null && e.metadata().number() != null, "volume and number");
    }

    @Test
    void brokenColumnFragmentsAreDroppedAndReported() {
        String raw = Fixtures.text("restore/sim_foreign-policy-bulletin_1935-11-01_15_1_0.txt");
        Edition e = Restorer.standard().restore(raw);
        assertTrue(e.paragraphs().stream().noneMatch(p -> p.text().startsWith("yvern-")));
        assertTrue(e.issues().stream().anyMatch(i -> i.message().startsWith("dropped unreadable fragment")));
        assertEquals("1935-11-01", e.metadata().date());
    }

    @Test
    void restoresEveryBulletinOfTheSharedCorpus() throws IOException {
        String shared = System.getProperty("dossier.shared");
        Path dir = shared == null ? null : Path.of(shared, "corpus", "fpa-bulletins");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "shared corpus not present beside the repository");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String raw = RawText.decode(Files.readAllBytes(f));
            Edition e = Restorer.standard().restore(raw);
            EditionInvariants.check(raw, e);
            assertTrue(e.paragraphs().size() > 5, f.getFileName().toString());
        }
    }
}
