package org.dossier.restore;

import java.util.Collection;

/**
 * A set of words, asked ignoring case, that keeps of each word its {@link WordKey} fingerprint: a
 * question reads one slot of a table of about a megabyte, where keeping the words' letters too
 * meant a second read, and on a table this size each read is a cache miss (the word list answers
 * tens of thousands of first questions per megabyte of text). Made once and immutable: shared by
 * every thread.
 */
final class WordSet {
    /** Fingerprints by open addressing, linear probing; 0 marks an empty slot (a fingerprint of 0 is kept as 1). */
    private final long[] slots;
    private final int mask;

    /** Questions whose misses are let overlap: about as many as a core keeps misses in flight. */
    private static final int GROUP = 32;

    WordSet(Collection<String> words) {
        int needed = Math.max(16, words.size() * 4 / 3); // at most three quarters full: probes stay short, mostly in one cache line
        slots = new long[Integer.highestOneBit(needed - 1) << 1];
        mask = slots.length - 1;
        for (String w : words) {
            long f = WordKey.of(w);
            int i = (int) f & mask;
            while (slots[i] != 0 && slots[i] != f) {
                i = (i + 1) & mask;
            }
            slots[i] = f;
        }
    }

    /** Whether the word at {@code [from, to)} of a text is in the set, ignoring case; the text is not copied. */
    boolean contains(char[] s, int from, int to) {
        return containsKey(WordKey.of(s, from, to));
    }

    /** Whether the word with {@link WordKey} fingerprint {@code f} is in the set. */
    boolean containsKey(long f) {
        return containsFrom(f, slots[(int) f & mask]);
    }

    /**
     * {@link #containsKey} of each of {@code keys[0, n)}, into {@code answers}. Asked one by one,
     * each question waits for its own cache miss; here the first slot of a group of questions is
     * read before any is answered, so that their misses overlap.
     */
    void containsEach(long[] keys, int n, boolean[] answers) {
        long[] firstSlots = new long[Math.min(n, GROUP)];
        for (int group = 0; group < n; group += GROUP) {
            int end = Math.min(n, group + GROUP);
            for (int k = group; k < end; k++) {
                firstSlots[k - group] = slots[(int) keys[k] & mask];
            }
            for (int k = group; k < end; k++) {
                answers[k] = containsFrom(keys[k], firstSlots[k - group]);
            }
        }
    }

    /** {@link #containsKey}, its first slot read already. */
    private boolean containsFrom(long f, long firstSlot) {
        if (firstSlot == f) {
            return true;
        }
        if (firstSlot == 0) {
            return false;
        }
        for (int i = ((int) f + 1) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == f) {
                return true;
            }
        }
        return false;
    }
}
