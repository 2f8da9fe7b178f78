package org.dossier.restore;

import java.util.Arrays;

/**
 * Words of a raw text, each with a number its owner gives it (the lexicon's index of the
 * distinct word), kept in raw order as the lexicon counts them, and found again by raw offset:
 * the corrector asks about the same long words after the flow, and finding a word here by
 * walking forward from the word asked before costs less than fingerprinting it again. One
 * restoration's own: not shared between threads.
 */
final class RawWords {
    /** The longest word kept, and the largest number: a word's length and number share an int. */
    static final int MAX_LENGTH = 255;
    static final int MAX_VALUE = (1 << 24) - 1;
    /**
     * Per word, in order of {@link #starts} (never decreasing): its raw start, and its length
     * (the top 8 bits) with its owner's number (the low 24) in {@link #words}: eight bytes a word,
     * where a report's long words are one in about a dozen of its chars.
     */
    private int[] starts;
    private int[] words;
    private int size;
    /** Where the last question was answered: questions mostly come in raw order. */
    private int cursor;

    RawWords(int expected) {
        int n = Math.max(16, expected);
        starts = new int[n];
        words = new int[n];
    }

    /** The owner's number of the word found by {@link #find}. */
    int value(int word) {
        return words[word] & MAX_VALUE;
    }

    /**
     * Adds the word at raw {@code [start, end)}, at most {@link #MAX_LENGTH} chars, with a number
     * up to {@link #MAX_VALUE}; words are added in order of their starts.
     */
    void add(int start, int end, int value) {
        if (size > 0 && start < starts[size - 1]) {
            throw new IllegalArgumentException("words must be added in raw order: " + start + " after " + starts[size - 1]);
        }
        if (end - start > MAX_LENGTH || end <= start || value >>> 24 != 0) {
            throw new IllegalArgumentException("a word of 1 to " + MAX_LENGTH + " chars, numbered up to " + MAX_VALUE
                + ": [" + start + ", " + end + ") numbered " + value);
        }
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            words = Arrays.copyOf(words, n);
        }
        starts[size] = start;
        words[size] = (end - start) << 24 | value;
        size++;
    }

    /** The word added at raw {@code [start, end)}, as an index for {@link #value}; -1 when none was. */
    int find(int start, int end) {
        int k = seek(start);
        cursor = k;
        for (; k < size && starts[k] == start; k++) {
            if (words[k] >>> 24 == end - start) {
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
