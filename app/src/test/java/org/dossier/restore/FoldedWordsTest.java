package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {
    private static final String[] WORDS = {"vo", "entered", "published", "office", "under"};

    @Test
    void findsWordsInAnyCaseInsideOtherWords() {
        assertTrue(FoldedWords.any("ENTERED as second-class matter", "entered"));
        assertTrue(FoldedWords.any("Post-Office", "office"));
        assertFalse(FoldedWords.any("the subscription", "union"));
        assertEquals(2 | 8, FoldedWords.which("Entered at the Post Office".toCharArray(), 0, 26, WORDS));
    }

    @Test
    void readsOnlyTheRangeAsked() {
        char[] t = "office under".toCharArray();
        assertEquals(8, FoldedWords.which(t, 0, 6, WORDS));
        assertEquals(0, FoldedWords.which(t, 1, 12, "office"));
    }

    @Property(tries = 500)
    void agreesWithRegionMatchesIgnoringCase(@ForAll("texts") String t) {
        int expected = 0;
        for (int k = 0; k < WORDS.length; k++) {
            for (int i = 0; i + WORDS[k].length() <= t.length(); i++) {
                if (t.regionMatches(true, i, WORDS[k], 0, WORDS[k].length())
                        && (t.charAt(i) | 0x20) == WORDS[k].charAt(0)) {
                    expected |= 1 << k;
                    break;
                }
            }
        }
        assertEquals(expected, FoldedWords.which(t.toCharArray(), 0, t.length(), WORDS));
        assertEquals(expected != 0, FoldedWords.any(t, WORDS));
    }

    @Provide
    Arbitrary<String> texts() {
        // letters of the words in both cases, with look-alikes that fold to them (dotless i, long s, Kelvin sign)
        return Arbitraries.strings().withChars("vVoOeEnNtTrRdDpPuUbBlLiIsShHfFcC ı ſ K-").ofMaxLength(40);
    }
}
