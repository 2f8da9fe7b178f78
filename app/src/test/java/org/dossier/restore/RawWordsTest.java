package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RawWordsTest {
    @Test
    void findsEachWordOfACompoundByItsOwnRange() {
        RawWords words = new RawWords(1);
        words.add(10, 24, 7); // non-aggression, then its part aggression
        words.add(14, 24, 8);
        words.add(30, 36, 9);
        assertEquals(8, words.value(words.find(14, 24)));
        assertEquals(7, words.value(words.find(10, 24)), "asked backwards");
        assertEquals(-1, words.find(10, 13), "no word there of that length");
        assertEquals(9, words.value(words.find(30, 36)));
        assertEquals(-1, words.find(31, 36));
        assertEquals(-1, words.find(40, 46), "past the last word");
    }

    @Test
    void refusesWordsOutOfRawOrderOrPastWhatItKeeps() {
        RawWords words = new RawWords(1);
        words.add(10, 20, 1);
        assertThrows(IllegalArgumentException.class, () -> words.add(9, 20, 2));
        assertThrows(IllegalArgumentException.class, () -> words.add(30, 30 + RawWords.MAX_LENGTH + 1, 3));
        assertThrows(IllegalArgumentException.class, () -> words.add(30, 40, RawWords.MAX_VALUE + 1));
        words.add(30, 30 + RawWords.MAX_LENGTH, RawWords.MAX_VALUE);
        assertEquals(RawWords.MAX_VALUE, words.value(words.find(30, 30 + RawWords.MAX_LENGTH)));
    }

    /** Asked in any order, however many words it holds, it answers as a map of ranges does. */
    @Property(tries = 200)
    void answersAsAMapOfRanges(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 3) Integer> gaps,
                               @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 400) Integer> asked) {
        RawWords words = new RawWords(1);
        Map<Long, Integer> expected = new HashMap<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        int key = 1;
        for (int gap : gaps) {
            start += gap; // a gap of 0: another word at the same start
            int end = start + 1 + key % 3;
            if (expected.putIfAbsent(range(start, end), key) == null) {
                words.add(start, end, key);
            }
            starts.add(start);
            key++;
        }
        for (int at : asked) {
            for (int length = 1; length <= 3; length++) {
                int found = words.find(at, at + length);
                assertEquals(expected.getOrDefault(range(at, at + length), 0), found < 0 ? 0 : words.value(found));
            }
        }
    }

    private static long range(int start, int end) {
        return (long) start << 32 | end;
    }
}
