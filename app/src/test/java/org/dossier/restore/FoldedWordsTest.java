package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {
    private static final String[] WORDS = {"vo", "entered", "published", "office", "under", "off"};
    private static final FoldedWords SET = FoldedWords.of(WORDS);

    @Test
    void findsWordsInAnyCaseInsideOtherWords() {
        assertTrue(FoldedWords.of("entered").in("ENTERED as second-class matter"));
        assertTrue(FoldedWords.of("office").in("Post-Office"));
        assertFalse(FoldedWords.of("union").in("the subscription"));
        assertEquals(2 | 8 | 32, SET.which("Entered at the Post Office".toCharArray(), 0, 26));
    }

    @Test
    void readsOnlyTheRangeAsked() {
        char[] t = "office under".toCharArray();
        assertEquals(8 | 32, SET.which(t, 0, 6));
        assertEquals(0, FoldedWords.of("office").which(t, 1, 12));
    }

    @Test
    void refusesWhatItCannotFold() {
        assertThrows(IllegalArgumentException.class, () -> FoldedWords.of("a"));
        assertThrows(IllegalArgumentException.class, () -> FoldedWords.of("Office"));
    }

    @Property(tries = 500)
    void agreesWithTheCaseInsensitivePatternsItGuards(@ForAll("texts") String t) {
        int expected = 0;
        for (int k = 0; k < WORDS.length; k++) {
            if (Pattern.compile(Pattern.quote(WORDS[k]), Pattern.CASE_INSENSITIVE).matcher(t).find()) {
                expected |= 1 << k;
            }
        }
        assertEquals(expected, SET.which(t.toCharArray(), 0, t.length()));
        assertEquals(expected != 0, SET.in(t));
    }

    @Provide
    Arbitrary<String> texts() {
        // letters of the words in both cases, with look-alikes Unicode case would fold to them (dotless i, long s, Kelvin sign)
        return Arbitraries.strings().withChars("vVoOeEnNtTrRdDpPuUbBlLiIsShHfFcC ı ſ K-").ofMaxLength(40);
    }
}
