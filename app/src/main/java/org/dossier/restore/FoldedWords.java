package org.dossier.restore;

/**
 * A set of words found anywhere in a text, ignoring ASCII case, in one pass: a word is compared
 * only where its first letter stands. The furniture, imprint and metadata patterns are tried only
 * on text holding a word they cannot match without, and most text holds none, so this scan is
 * what most lines cost. The patterns are case-insensitive without Unicode case, so they too fold
 * ASCII letters only: a word found here is exactly what such a pattern's literal would match.
 * Made once, like a compiled pattern, and immutable: shared by every thread.
 */
final class FoldedWords {
    private final char[][] words;
    /** Per first letter {@code a}…{@code z}: the indexes of the words it opens. */
    private final int[][] byFirst = new int[26][];
    /** The words' first two letters, bit {@code 26 * first + second}: most letter pairs of a text open none. */
    private final long[] openingPairs = new long[(26 * 26 + 63) / 64];
    private final int all;
    /** The text being asked, copied out of its string to be read as an array. */
    private static final ScratchChars SCRATCH = new ScratchChars(256);

    private FoldedWords(String... words) {
        this.words = new char[words.length][];
        int[] counts = new int[26];
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.length() < 2 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z') || k >= 31) {
                throw new IllegalArgumentException("not a word of two or more lower-case ASCII letters: " + w);
            }
            this.words[k] = w.toCharArray();
            counts[w.charAt(0) - 'a']++;
            int pair = 26 * (w.charAt(0) - 'a') + (w.charAt(1) - 'a');
            openingPairs[pair >>> 6] |= 1L << pair;
        }
        for (int f = 0; f < 26; f++) {
            byFirst[f] = new int[counts[f]];
            counts[f] = 0;
        }
        for (int k = 0; k < words.length; k++) {
            int f = words[k].charAt(0) - 'a';
            byFirst[f][counts[f]++] = k;
        }
        this.all = (1 << words.length) - 1;
    }

    /** The words, each of two or more lower-case ASCII letters (at most 31). */
    static FoldedWords of(String... words) {
        return new FoldedWords(words);
    }

    /** Whether the text holds one of the words. */
    boolean in(String t) {
        return scan(copied(t), 0, t.length(), true) != 0;
    }

    /** Which of the words the text holds: bit {@code k} for the {@code k}-th word. */
    int which(String t) {
        return scan(copied(t), 0, t.length(), false);
    }

    /** The text copied into a buffer kept per thread (valid until the next call), to be read as an array. */
    private static char[] copied(String t) {
        return SCRATCH.copy(t, 0, t.length());
    }

    /** Which of the words {@code t[from, to)} holds: bit {@code k} for the {@code k}-th word. */
    int which(char[] t, int from, int to) {
        return scan(t, from, to, false);
    }

    private int scan(char[] t, int from, int to, boolean firstOnly) {
        int found = 0;
        int before = to > from ? letterIndex(t[from]) : -1;
        for (int i = from; i + 1 < to; i++) {
            int first = before;
            int second = letterIndex(t[i + 1]);
            before = second;
            if (first >= 0 && second >= 0 && opens(first, second)) {
                found = matchesAt(t, i, to, found);
                if (found != 0 && (firstOnly || found == all)) {
                    return found;
                }
            }
        }
        return found;
    }

    /** An ASCII letter of either case as {@code 0}–{@code 25}; anything else as -1. */
    static int letterIndex(char c) {
        // lower-cased by | 0x20: nothing beyond ASCII lands in a-z
        int i = (c | 0x20) - 'a';
        return i >= 0 && i < 26 ? i : -1;
    }

    /** Whether a word opens with these two letters ({@link #letterIndex}): most letter pairs of a text open none. */
    boolean opens(int first, int second) {
        int pair = 26 * first + second;
        return (openingPairs[pair >>> 6] & 1L << pair) != 0;
    }

    /**
     * {@code found} with the bits added of the words {@code t[at, to)} opens with, those whose first
     * two letters are at {@code at} (see {@link #opens}): for a caller that reads each character
     * once for several purposes and finds the words in the same pass.
     */
    int matchesAt(char[] t, int at, int to, int found) {
        int second = letterIndex(t[at + 1]);
        for (int k : byFirst[letterIndex(t[at])]) {
            char[] w = words[k];
            if ((found & 1 << k) == 0 && at + w.length <= to && w[1] - 'a' == second && restMatches(t, at, w)) {
                found |= 1 << k;
            }
        }
        return found;
    }

    /**
     * Whether {@code t} at {@code at} holds the rest of {@code word} after its first two letters
     * (tested first, inline, since most letter pairs of a text open none of the words). A
     * character set to lower case by {@code | 0x20} equals a lower-case ASCII letter exactly when
     * it is that letter in either case: nothing beyond ASCII lands in {@code a}–{@code z}.
     */
    private static boolean restMatches(char[] t, int at, char[] word) {
        for (int k = 2; k < word.length; k++) {
            if ((t[at + k] | 0x20) != word[k]) {
                return false;
            }
        }
        return true;
    }
}
