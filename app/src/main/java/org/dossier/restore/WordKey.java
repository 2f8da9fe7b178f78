package org.dossier.restore;

import java.util.Locale;

/**
 * A word's key for the word tables: a 64-bit fingerprint of the word lower-cased as {@code
 * String.toLowerCase(Locale.ROOT)} would, read from a range of a char array without copying it.
 * Lower-casing char by char gives the same except for a dotted capital I, a capital sigma (whose
 * lower case depends on its place in the word) and surrogate pairs; a range holding one of those
 * is fingerprinted through an exact lower-cased copy instead.
 *
 * <p>The tables keep a word's fingerprint, not its letters: a question then reads one place of
 * a table, where keeping the letters too meant a second read, and restoration asks about every
 * word of a report. Two different words share a fingerprint with a chance of about one in 2^64:
 * a wrong answer needs such a collision between the word asked and one of the at most some
 * 10^5 words of a table, about one chance in 10^14 per question.
 */
final class WordKey {
    private WordKey() {}

    /**
     * The fingerprint of {@code s[from, to)} lower-cased; never 0, which the tables keep for an
     * empty slot. FNV-1a over the lower-cased chars, two to a step where both are ASCII (a step is
     * a multiplication the next one waits for, and a word is mostly ASCII): an ASCII word is
     * read in place, any other lower-cased first, so that the steps depend only on the
     * lower-cased word.
     */
    static long of(char[] s, int from, int to) {
        long h = SEED;
        for (int k = from; k < to; ) {
            char a = s[k];
            if (a >= 128 || k + 1 < to && s[k + 1] >= 128) {
                return ofLowered(lowered(s, from, to));
            }
            if (k + 1 < to) {
                h = pair(h, ASCII_LOWER[a], ASCII_LOWER[s[k + 1]]);
                k += 2;
            } else {
                h = single(h, ASCII_LOWER[a]);
                k++;
            }
        }
        return mixed(h);
    }

    /** The fingerprint of a whole word given as a string (a word built or listed, not read in place). */
    static long of(CharSequence word) {
        char[] s = word.toString().toCharArray();
        return of(s, 0, s.length);
    }

    /**
     * {@link #of}'s step over two ASCII chars lower-cased, for a scanner that fingerprints an
     * all-ASCII word while it finds the word's end: from {@link #SEED}, a pair per step from the
     * word's first char, a last odd char alone, then {@link #mixed}.
     */
    static long pair(long h, char a, char b) {
        return (h ^ (a | b << 16)) * PRIME;
    }

    /** {@link #of}'s step over a word's last, odd ASCII char, lower-cased. */
    static long single(long h, char a) {
        return (h ^ a) * PRIME;
    }

    /** The word lower-cased: whole where char by char would be wrong (a dotted capital I, a capital sigma, a surrogate pair). */
    private static char[] lowered(char[] s, int from, int to) {
        char[] lower = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = s[k];
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return new String(s, from, to - from).toLowerCase(Locale.ROOT).toCharArray();
            }
            lower[k - from] = c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
        }
        return lower;
    }

    /** {@link #of}'s steps over chars lower-cased already. */
    private static long ofLowered(char[] t) {
        long h = SEED;
        for (int k = 0; k < t.length; ) {
            char a = t[k];
            if (a < 128 && k + 1 < t.length && t[k + 1] < 128) {
                h = (h ^ (a | t[k + 1] << 16)) * PRIME;
                k += 2;
            } else {
                h = (h ^ a) * PRIME;
                k++;
            }
        }
        return mixed(h);
    }

    /** FNV-1a's state mixed by MurmurHash3's finaliser, so that every bit counts in a slot index. */
    static long mixed(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** ASCII lower-cased by a table read: capitals and small letters mix unpredictably for a branch. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }
}
