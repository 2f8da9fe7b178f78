package org.dossier.restore;

import java.util.Collection;

/**
 * A set of words, asked ignoring case as {@link WordTable} asks, that keeps of each word only a
 * 64-bit fingerprint: a question reads one slot of a table of about a megabyte, where keeping
 * the words' letters too meant a second read, and on a table this size each read is a cache
 * miss (the word list answers tens of thousands of first questions per megabyte of text). Two
 * different words share a fingerprint with a chance of about one in 2^64, so a wrong answer
 * needs one of some 10^5 listed words to collide with the word asked: about one chance in 10^14
 * per question. Made once and immutable: shared by every thread.
 */
final class WordSet {
    /** Fingerprints by open addressing, linear probing; 0 marks an empty slot (a fingerprint of 0 is kept as 1). */
    private final long[] slots;
    private final int mask;

    WordSet(Collection<String> words) {
        int needed = Math.max(16, words.size() * 4 / 3); // at most three quarters full: probes stay short, mostly in one cache line
        slots = new long[Integer.highestOneBit(needed - 1) << 1];
        mask = slots.length - 1;
        for (String w : words) {
            char[] s = w.toCharArray();
            long f = fingerprint(s, 0, s.length);
            int i = (int) f & mask;
            while (slots[i] != 0 && slots[i] != f) {
                i = (i + 1) & mask;
            }
            slots[i] = f;
        }
    }

    /** Whether the word at {@code [from, to)} of a text is in the set, ignoring case; the text is not copied. */
    boolean contains(char[] s, int from, int to) {
        long f = fingerprint(s, from, to);
        for (int i = (int) f & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == f) {
                return true;
            }
        }
        return false;
    }

    /** The fingerprint of the range lower-cased (whole, where char by char would be wrong); never 0. */
    private static long fingerprint(char[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (WordTable.needsExactLowerCase(s[k])) {
                char[] lower = WordTable.lowerCopy(s, from, to);
                return folded(lower, 0, lower.length);
            }
        }
        return folded(s, from, to);
    }

    /** FNV-1a over the chars folded one by one, then mixed (MurmurHash3's finaliser) so that every bit counts in a slot index. */
    private static long folded(char[] s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int k = from; k < to; k++) {
            h = (h ^ WordTable.fold(s[k])) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
