package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static char[] chars(String s) {
        return s.toCharArray();
    }

    @Test
    void countsIgnoringCaseAndKeepsANoteBesideAWordNeverCounted() {
        WordTable t = new WordTable(4);
        t.add(chars("Aggression"), 0, 10, 1);
        t.add(chars("non-AGGRESSION"), 4, 14, 2);
        assertEquals(3, t.count(chars("aggression"), 0, 10));
        int e = t.entryOrNew(chars("Siberian"), 0, 8);
        assertEquals(0, t.countOf(e), "made with a count of 0");
        t.note(e, (byte) 2);
        assertEquals(0, t.count("siberian"));
        assertEquals(2, t.note(t.entryOrNew(chars("SIBERIAN"), 0, 8)), "the note stays with the word");
        assertEquals(3, t.countOf(t.entryOrNew(chars("aggression"), 0, 10)));
    }

    @Test
    void keepsATagBesideTheCountAndNoteThroughGrowth() {
        WordTable t = new WordTable(1);
        int e = t.add(WordKey.of(chars("treaty"), 0, 6), 3);
        t.note(e, (byte) 2);
        t.tag(e, (1 << 24) - 1);
        for (int k = 0; k < 200; k++) { // the table grows, and entries move
            t.add(chars("w" + k), 0, ("w" + k).length(), 1);
        }
        int moved = t.entryOrNew(chars("Treaty"), 0, 6);
        assertEquals(3, t.countOf(moved));
        assertEquals(2, t.note(moved));
        assertEquals((1 << 24) - 1, t.tag(moved));
        t.note(moved, (byte) 1);
        assertEquals((1 << 24) - 1, t.tag(moved), "a note leaves the tag");
        t.add(chars("treaty"), 0, 6, 1);
        assertEquals(4, t.countOf(t.entryOrNew(chars("treaty"), 0, 6)), "a count leaves the tag");
        assertEquals((1 << 24) - 1, t.tag(t.entryOrNew(chars("treaty"), 0, 6)));
    }

    /** However many words a table grows to hold, it counts as a map of the lower-cased words does. */
    @Property(tries = 100)
    void countsAsAMapOfLowerCasedWords(@ForAll("words") List<String> words) {
        WordTable t = new WordTable(1);
        Map<String, Integer> expected = new HashMap<>();
        for (String w : words) {
            t.add(chars(w), 0, w.length(), 1);
            expected.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        for (String w : words) {
            assertEquals(expected.get(w.toLowerCase(Locale.ROOT)), t.count(w), w);
        }
        assertEquals(0, t.count("not-a-generated-word"));
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars("abcABCİΣσ-").ofMinLength(1).ofMaxLength(6).list().ofMaxSize(300);
    }
}
