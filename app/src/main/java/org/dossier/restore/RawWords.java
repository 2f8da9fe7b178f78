package org.dossier.restore;

import java.util.Arrays;

/**
 * Words of a raw text with their {@link WordKey} fingerprints, kept in raw order as the lexicon
 * counts them, and found again by raw offset: the corrector asks about the same long words
 * after the flow, and finding a word's fingerprint here by walking forward from the word asked
 * before costs less than fingerprinting it again. One restoration's own: not shared between
 * threads.
 */
final class RawWords {
    /** Per word, in order of {@link #starts} (never decreasing): its raw range, fingerprint, and an owner's note (0 until set). */
    private int[] starts;
    private int[] ends;
    private long[] keys;
    private byte[] notes;
    private int size;
    /** Where the last question was answered: questions mostly come in raw order. */
    private int cursor;

    RawWords(int expected) {
        int n = Math.max(16, expected);
        starts = new int[n];
        ends = new int[n];
        keys = new long[n];
        notes = new byte[n];
    }

    int size() {
        return size;
    }

    long key(int word) {
        return keys[word];
    }

    /** A small value the owner keeps beside a word (0 until set): what it learnt about the word there. */
    byte note(int word) {
        return notes[word];
    }

    void note(int word, byte value) {
        notes[word] = value;
    }

    /** Adds the word at raw {@code [start, end)}; words are added in order of their starts. */
    void add(int start, int end, long key) {
        if (size > 0 && start < starts[size - 1]) {
            throw new IllegalArgumentException("words must be added in raw order: " + start + " after " + starts[size - 1]);
        }
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            keys = Arrays.copyOf(keys, n);
            notes = Arrays.copyOf(notes, n);
        }
        starts[size] = start;
        ends[size] = end;
        keys[size] = key;
        size++;
    }

    /** The word added at raw {@code [start, end)}, as an index for {@link #key} and {@link #note}; -1 when none was. */
    int find(int start, int end) {
        int k = seek(start);
        cursor = k;
        for (; k < size && starts[k] == start; k++) {
            if (ends[k] == end) {
                return k;
            }
        }
        return -1;
    }

    /** The first word starting at or after {@code start}: a few steps on from the cursor, else a binary search. */
    private int seek(int start) {
        int k = cursor;
        if (k > 0 && starts[k - 1] >= start || k + NEAR < size && starts[k + NEAR] < start) {
            return firstFrom(start);
        }
        while (k < size && starts[k] < start) {
            k++;
        }
        return k;
    }

    private int firstFrom(int start) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How far the cursor walks before a binary search pays. */
    private static final int NEAR = 16;
}
