package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CommentaryTest {
    @Test
    void runningLowerCaseWordsAreCommentary() {
        assertTrue(Commentary.isProse("The Chinese Eastern Railway granted permission for the construction of a branch line."));
    }

    @Test
    void aReferenceOfNamesAndNumbersIsNoCommentary() {
        assertFalse(Commentary.isProse("T. A. Bisson, Japan in China, New York, Macmillan, 1938, two volumes, Vol. I, p. 12"));
        assertFalse(Commentary.isProse("Izvestia, February 29, 1932"));
    }

    @Test
    void lowerCaseWordsStandingOneOrTwoBetweenCommasMakeNoRun() {
        assertFalse(Commentary.isProse("Survey, Royal Institute, two volumes, London, second edition, Oxford Press, reprinted, 1931"));
    }

    @Property(tries = 2000)
    void readsWordsInPlaceAsTheSplittingReadingDid(@ForAll("notes") String s) {
        assertEquals(SplitReading.isProse(s), Commentary.isProse(s), s);
    }

    @Property(tries = 500)
    void anyTextIsReadAsTheSplittingReadingDid(@ForAll String s) {
        assertEquals(SplitReading.isProse(s), Commentary.isProse(s));
    }

    /** Words, gaps, quotes, brackets, capitals, letters beyond ASCII and surrogate pairs, mixed. */
    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> piece = Arbitraries.oneOf(
            Arbitraries.of("the", "of", "and", "cited", "between", "concerning", "granted", "railway", "Vol.", "p.",
                "Izvestia", "İstanbul", "Ωmega", "ǅemal", "\uD801\uDC28bc", "ab\uD801\uDC00", "K\u212Aa", "T.", "A.", "1932"),
            Arbitraries.strings().withChars("aZé,;: \t\n\"“”()’.İ\uD801\uDC28").ofMaxLength(6));
        Arbitrary<String> gap = Arbitraries.of(" ", ", ", "; ", ": ", " \t", ",", "  ");
        return Arbitraries.oneOf(piece, gap).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    /** The reading by String splits that {@link Commentary} replaced: the oracle it must agree with. */
    private static final class SplitReading {
        private static final Pattern QUOTED_SPAN = Pattern.compile("[“\"][^”\"]*[”\"]");
        private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
        private static final Pattern WORD_GAPS = Pattern.compile("[\\s,;:]+");
        private static final Pattern SPACES = Pattern.compile("\\s+");
        private static final Set<String> SMALL_WORDS = Commentary.SMALL_WORDS;

        static boolean isProse(String s) {
            String unquoted = QUOTED_SPAN.matcher(s).replaceAll(" ");
            String plain = PARENTHESISED.matcher(unquoted).replaceAll(" ");
            int lower = 0;
            int words = 0;
            for (String w : WORD_GAPS.split(plain)) {
                String letters = w.replaceAll("[^\\p{L}]", "");
                if (letters.length() < 3) {
                    continue;
                }
                words++;
                if (Character.isLowerCase(letters.charAt(0)) && !SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
                    lower++;
                }
            }
            return words >= 5 && lower * 100 > words * 12 && hasLowerRun(plain);
        }

        private static boolean hasLowerRun(String plain) {
            int run = 0;
            int content = 0;
            for (String w : SPACES.split(plain.trim())) {
                String letters = w.replaceAll("[^\\p{L}]", "");
                boolean lowerWord = !letters.isEmpty() && Character.isLowerCase(letters.charAt(0));
                if (lowerWord) {
                    run++;
                    content += SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT)) ? 0 : 1;
                    if (run >= 3 && content >= 1) {
                        return true;
                    }
                }
                if (!lowerWord || w.endsWith(",") || w.endsWith(";") || w.endsWith(":")) {
                    run = 0;
                    content = 0;
                }
            }
            return false;
        }
    }

    @Property(tries = 600)
    void quotedSpansGoAsTheQuotedSpanPatternReplacedAllTakesThem(@ForAll("bracketedTexts") String text) {
        assertEquals(Pattern.compile("[“\"][^”\"]*[”\"]").matcher(text).replaceAll(" "), Commentary.withoutQuoted(text));
    }

    @Property(tries = 600)
    void parenthesesGoAsTheParenthesisPatternReplacedAllTakesThem(@ForAll("bracketedTexts") String text) {
        assertEquals(Pattern.compile("\\([^()]*\\)").matcher(text).replaceAll(" "), Commentary.withoutParenthesised(text));
    }

    @Provide
    Arbitrary<String> bracketedTexts() {
        return Arbitraries.strings().withChars('“', '”', '"', '(', ')', 'a', ' ', ',').ofMaxLength(16);
    }
}
