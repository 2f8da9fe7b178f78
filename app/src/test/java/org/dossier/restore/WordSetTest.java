package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordSetTest {
    private static boolean contains(WordSet set, String word) {
        char[] padded = ("  " + word + " ").toCharArray();
        return set.contains(padded, 2, 2 + word.length());
    }

    @Test
    void answersIgnoringCaseAndReadsOnlyTheRangeAsked() {
        WordSet set = new WordSet(List.of("aggression", "siberian", "a"));
        assertTrue(contains(set, "Aggression"));
        assertTrue(contains(set, "SIBERIAN"));
        assertTrue(contains(set, "A"));
        assertFalse(contains(set, "aggressio"));
        assertFalse(contains(set, "aggressions"));
        assertFalse(contains(set, ""));
    }

    @Test
    void lowerCasesWholeWordsWhereCharByCharWouldBeWrong() {
        WordSet set = new WordSet(List.of("i̇stanbul", "σοφός", "𝔞𝔟"));
        assertTrue(contains(set, "İSTANBUL"), "a dotted capital I lower-cases to two chars");
        assertTrue(contains(set, "ΣΟΦΌΣ".toLowerCase(Locale.ROOT)));
        assertTrue(contains(set, "𝔞𝔟"), "a surrogate pair");
        assertTrue(contains(new WordSet(List.of("key")), "\u212AEY"), "a Kelvin sign lower-cases to an ASCII k");
    }

    /** The set answers as a set of the lower-cased words does, for words in and out of it. */
    @Property(tries = 300)
    void agreesWithASetOfLowerCasedWords(@ForAll("words") List<String> listed, @ForAll("words") List<String> asked) {
        Set<String> lower = new HashSet<>();
        for (String w : listed) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        WordSet set = new WordSet(lower);
        for (String w : listed) {
            assertTrue(contains(set, w), w);
        }
        for (String w : asked) {
            assertEquals(lower.contains(w.toLowerCase(Locale.ROOT)), contains(set, w), w);
        }
        long[] keys = new long[asked.size()];
        for (int k = 0; k < keys.length; k++) {
            char[] s = asked.get(k).toCharArray();
            keys[k] = WordKey.of(s, 0, s.length);
        }
        boolean[] answers = new boolean[keys.length];
        set.containsEach(keys, keys.length, answers);
        for (int k = 0; k < keys.length; k++) {
            assertEquals(lower.contains(asked.get(k).toLowerCase(Locale.ROOT)), answers[k], "asked together: " + asked.get(k));
        }
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars("abcxyzABCXYZéÉıİΣσς-").ofMinLength(1).ofMaxLength(8).list().ofMaxSize(80);
    }
}
