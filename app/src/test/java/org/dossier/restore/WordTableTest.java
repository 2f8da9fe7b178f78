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

    /** The fingerprint of {@code s[from, to)}, as the table's callers key a word. */
    private static long key(String s, int from, int to) {
        return WordKey.of(chars(s), from, to);
    }

    private static long key(String s) {
        return key(s, 0, s.length());
    }

    @Test
    void countsIgnoringCaseAndKeepsANoteBesideAWordNeverCounted() {
        WordTable t = new WordTable(4);
        t.add(key("Aggression"), 1);
        t.add(key("non-AGGRESSION", 4, 14), 2);
        assertEquals(3, t.count(chars("aggression"), 0, 10));
        int e = t.entryOrNew(key("Siberian"));
        assertEquals(0, t.countOf(e), "made with a count of 0");
        t.note(e, (byte) 2);
        assertEquals(0, t.count("siberian"));
        assertEquals(2, t.note(t.entryOrNew(key("SIBERIAN"))), "the note stays with the word");
        assertEquals(3, t.countOf(t.entryOrNew(key("aggression"))));
    }

    @Test
    void keepsATagBesideTheCountAndNoteThroughGrowth() {
        WordTable t = new WordTable(1);
        int e = t.add(key("treaty"), 3);
        t.note(e, (byte) 2);
        t.tag(e, (1 << 24) - 1);
        for (int k = 0; k < 200; k++) { // the table grows, and entries move
            t.add(key("w" + k), 1);
        }
        int moved = t.entryOrNew(key("Treaty"));
        assertEquals(3, t.countOf(moved));
        assertEquals(2, t.note(moved));
        assertEquals((1 << 24) - 1, t.tag(moved));
        t.note(moved, (byte) 1);
        assertEquals((1 << 24) - 1, t.tag(moved), "a note leaves the tag");
        t.add(key("treaty"), 1);
        assertEquals(4, t.countOf(t.entryOrNew(key("treaty"))), "a count leaves the tag");
        assertEquals((1 << 24) - 1, t.tag(t.entryOrNew(key("treaty"))));
    }

    /** However many words a table grows to hold, it counts as a map of the lower-cased words does. */
    @Property(tries = 100)
    void countsAsAMapOfLowerCasedWords(@ForAll("words") List<String> words) {
        WordTable t = new WordTable(1);
        Map<String, Integer> expected = new HashMap<>();
        for (String w : words) {
            t.add(key(w), 1);
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
