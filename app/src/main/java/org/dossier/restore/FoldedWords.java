package org.dossier.restore;

/**
 * A set of words found anywhere in a text, ignoring ASCII case, in one pass: a word is compared
 * only where its first letters stand. The furniture, imprint and metadata patterns are tried only
 * on text holding a word they cannot match without, and most text holds none, so this scan is
 * what most lines cost. The patterns are case-insensitive without Unicode case, so they too fold
 * ASCII letters only: a word found here is exactly what such a pattern's literal would match.
 * Made once, like a compiled pattern, and immutable: shared by every thread.
 */
final class FoldedWords {
    private final char[][] words;
    /** Per first letter {@code a}…{@code z}: the indexes of the words it opens. */
    private final int[][] byFirst = new int[26][];
    /**
     * The words' first two letters, bit {@code 27 * first + second} of their {@link #letterCode}s:
     * most letter pairs of a text open none, and a pair with a code 0 (no letter) opens none, so a
     * scan asks every pair without testing first whether it is one of letters.
     */
    private final long[] openingPairs = new long[(27 * 27 + 63) / 64];
    /**
     * The words of two letters, by the {@link #slide window} of their two letter codes: such a
     * word is found by the window alone, with no test and no branch.
     */
    private final int[] pairWords = new int[1 << 2 * CODE_BITS];
    /**
     * The first three letters of the longer words, bit {@code window} of the window ending on the
     * third. A set of many words opens with many of a text's common letter pairs ("re", "co",
     * "an", a tenth of all places for the notice words) but few of its triples: {@link #which}
     * compares words where a triple opens one.
     */
    private final long[] openingTriples = new long[(1 << 3 * CODE_BITS) / 64];
    /** Bits of one {@link #letterCode}: 26 letters and 0 for anything else. */
    private static final int CODE_BITS = 5;
    private static final int PAIR = (1 << 2 * CODE_BITS) - 1;
    private static final int TRIPLE = (1 << 3 * CODE_BITS) - 1;
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
            int pair = 27 * letterCode(w.charAt(0)) + letterCode(w.charAt(1));
            openingPairs[pair >>> 6] |= 1L << pair;
            int window = slide(slide(0, w.charAt(0)), w.charAt(1));
            if (w.length() == 2) {
                pairWords[window] |= 1 << k;
            } else {
                window = slide(window, w.charAt(2));
                openingTriples[window >>> 6] |= 1L << window;
            }
        }
        for (int f = 0; f < 26; f++) {
            byFirst[f] = new int[counts[f]];
            counts[f] = 0;
        }
        for (int k = 0; k < words.length; k++) {
            int f = words[k].charAt(0) - 'a';
            byFirst[f][counts[f]++] = k;
        }
    }

    /** The words, each of two or more lower-case ASCII letters (at most 31). */
    static FoldedWords of(String... words) {
        return new FoldedWords(words);
    }

    /** Whether the text holds one of the words. */
    boolean in(String t) {
        return which(t) != 0;
    }

    /** Which of the words the text holds: bit {@code k} for the {@code k}-th word. */
    int which(String t) {
        return which(SCRATCH.copy(t, 0, t.length()), 0, t.length());
    }

    /** Which of the words {@code t[from, to)} holds: bit {@code k} for the {@code k}-th word. */
    int which(char[] t, int from, int to) {
        int found = 0;
        int window = 0; // no letter before the text
        int[] pairs = pairWords;
        long[] triples = openingTriples;
        for (int i = from; i < to; i++) {
            window = slide(window, t[i]);
            found |= pairs[window & PAIR];
            if ((triples[window >>> 6] & 1L << window) != 0) {
                found = matchesAt(t, i - 2, to, found);
            }
        }
        return found;
    }

    /**
     * The {@link #letterCode}s of the last three chars read, {@code c} the latest, five bits each.
     * A text begins with 0 (no letter).
     */
    private static int slide(int window, char c) {
        return (window << CODE_BITS | letterCode(c)) & TRIPLE;
    }

    /** An ASCII letter of either case as {@code 1}–{@code 26}; anything else as 0. */
    static int letterCode(char c) {
        return c < 128 ? LETTER_CODES[c] : 0;
    }

    private static final byte[] LETTER_CODES = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER_CODES[c] = (byte) (c - 'a' + 1);
            LETTER_CODES[Character.toUpperCase(c)] = (byte) (c - 'a' + 1);
        }
    }

    /**
     * Whether a word opens with these two chars, given as {@link #letterCode}s: the one test per
     * char of a caller that reads each char for several purposes, for a few words whose opening
     * pairs are rare (a pair is one table read where {@link #which} reads two).
     */
    boolean opens(int first, int second) {
        int pair = 27 * first + second;
        return (openingPairs[pair >>> 6] & 1L << pair) != 0;
    }

    /**
     * {@code found} with the bits added of the words {@code t[at, to)} opens with, those whose first
     * two letters are at {@code at} (see {@link #opens}): for a caller that reads each character
     * once for several purposes and finds the words in the same pass.
     */
    int matchesAt(char[] t, int at, int to, int found) {
        int second = letterCode(t[at + 1]);
        for (int k : byFirst[letterCode(t[at]) - 1]) {
            char[] w = words[k];
            if ((found & 1 << k) == 0 && at + w.length <= to && w[1] - 'a' + 1 == second && restMatches(t, at, w)) {
                found |= 1 << k;
            }
        }
        return found;
    }

    /**
     * Whether {@code t} at {@code at} holds {@code lower} (lower-case ASCII letters, white space,
     * stops and hyphens) in either case, as a case-insensitive pattern's literal matches it; a NUL
     * passes for a space, which a gate before such a pattern may let through.
     */
    static boolean foldedAt(String t, int at, String lower) {
        if (at < 0 || at + lower.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if ((t.charAt(at + k) | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code t} holds {@code lower} anywhere, compared as {@link #foldedAt} does. */
    static boolean holdsFolded(String t, String lower) {
        return indexOfFolded(t, lower, 0) >= 0;
    }

    /**
     * Where {@code t} holds {@code lower} first at or after {@code from}, compared as {@link
     * #foldedAt} does; -1 if nowhere. Its first char is sought in each case by {@link
     * String#indexOf(int, int)}, which the JVM runs over many characters at a time: most of a
     * text is passed over so.
     */
    static int indexOfFolded(String t, String lower, int from) {
        char first = lower.charAt(0);
        char other = (char) (first ^ 0x20); // the other char that folds to it: the capital of a letter
        int last = t.length() - lower.length();
        int nextFirst = t.indexOf(first, from);
        int nextOther = t.indexOf(other, from);
        while (true) {
            int at = nextFirst < 0 ? nextOther : nextOther < 0 ? nextFirst : Math.min(nextFirst, nextOther);
            if (at < 0 || at > last) {
                return -1;
            }
            if (foldedAt(t, at, lower)) {
                return at;
            }
            nextFirst = at == nextFirst ? t.indexOf(first, at + 1) : nextFirst;
            nextOther = at == nextOther ? t.indexOf(other, at + 1) : nextOther;
        }
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
