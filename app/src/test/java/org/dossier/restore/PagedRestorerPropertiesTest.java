package org.dossier.restore;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the text and the window, a paged restoration ends, its spans read back the raw text,
 * its ids are unique, its references name units that exist and its pages run from the first
 * line to the last.
 */
class PagedRestorerPropertiesTest {

    @Property(tries = 150)
    void aPagedEditionIsSoundWhateverTheTextAndWindow(@ForAll("texts") String raw,
                                                      @ForAll @IntRange(min = 1, max = 3_000) int window) {
        PagedRestorerTest.checkSound(raw, EditionCollector.restore(raw, window));
    }

    @Property(tries = 40)
    void aTextThatFitsOneWindowIsRestoredAsWhole(@ForAll("texts") String raw) {
        org.junit.jupiter.api.Assertions.assertEquals(Restorer.standard().restore(raw),
            EditionCollector.restore(raw, raw.length() + 1));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.oneOf(
            Arbitraries.of(
                "The government of the country declared on that day that its policy had not changed,",
                "and the railway was to remain under joint management until the purchase, which the",
                "treaty of 1896 allowed after thirty-six years.1 Japan’s reply came in a note of",
                "Soviet and Chinese interests in North Manchuria were thus bound up with the line.",
                "inter¬", "national agreement was reached in Moscow and the pro-", "posal was accepted.",
                "", "", "", "\f", "    137", "138 FOREIGN POLICY REPORTS", "Page Two",
                "1. Izvestia, March 4, 1932.", "2 Ibid., March 5, 1932.", "* New York Times, May 3, 1932.",
                "FOREIGN POLICY BULLETIN", "| |", "ARGENTINA HOLDS ALOOF. In the meantime the"),
            Arbitraries.strings().withChars("ab ,.-¬’1\t\u00A0").ofMaxLength(90));
        return line.list().ofMaxSize(160).map(PagedRestorerPropertiesTest::join);
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + (lines.size() % 2 == 0 ? "\n" : "");
    }
}
