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
    void libraryStampsAndNoticeFragmentsInTheMastheadAreLeftOut() {
        Edition april = Restorer.standard().restore(Fixtures.text("restore/sim_foreign-policy-bulletin_1939-04-14_18_25.txt"));
        String body = String.join("\n", april.paragraphs().stream().map(Paragraph::text).toList());
        for (String furniture : List.of("PERIODICAL ROOM", "GENBRAL LIBRARY", "UNIV. OF MICH", "class matter")) {
            assertFalse(body.contains(furniture), furniture);
        }
        assertTrue(body.contains("the lightning mobility made familiar"), "the article's text stays");
        Edition december = Restorer.standard().restore(Fixtures.text("restore/sim_foreign-policy-bulletin_1941-12-25_22_10.txt"));
        String text = String.join("\n", december.paragraphs().stream().map(Paragraph::text).toList());
        for (String furniture : List.of("PERIQDICAL", "Entered as 2nd class", "General Li br ary", "DEC 28 1942", "change of address")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    /** Stamps and notice fragments left in bulletin bodies, counted on the shared corpus: 47 paragraphs before the rules, 3 after. */
    @Test
    void fewStampOrNoticeFragmentsAreLeftInTheCorpus() throws IOException {
        String shared = System.getProperty("dossier.shared");
        Path dir = shared == null ? null : Path.of(shared, "corpus", "fpa-bulletins");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "shared corpus not present beside the repository");
        java.util.regex.Pattern fragment = java.util.regex.Pattern.compile(
            "PERI\\S{0,2}DICAL\\s+ROO|GEN[EB]RAL\\s+LI|\\bU\\w?N\\w?V\\w*[.,]?\\s+OF\\b|class\\W{0,2}matter|at the Post"
                + "|under the act|March 3, 1879|Entered as|change of address|D\\S{0,2}llars a Year|Please allow");
        int left = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Edition e = Restorer.standard().restore(RawText.decode(Files.readAllBytes(f)));
                left += (int) e.paragraphs().stream().filter(p -> fragment.matcher(p.text()).find()).count();
            }
        }
        assertTrue(left <= 3, "paragraphs holding a stamp or notice fragment: " + left);
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
