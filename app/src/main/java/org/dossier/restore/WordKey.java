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

    /** The fingerprint of {@code s[from, to)} lower-cased; never 0, which the tables keep for an empty slot. */
    static long of(char[] s, int from, int to) {
        long h = SEED;
        for (int k = from; k < to; k++) {
            char c = s[k];
            if (c < 128) {
                h = (h ^ ASCII_LOWER[c]) * PRIME;
            } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                char[] lower = new String(s, from, to - from).toLowerCase(Locale.ROOT).toCharArray();
                return folded(lower, 0, lower.length);
            } else {
                h = (h ^ Character.toLowerCase(c)) * PRIME;
            }
        }
        return mixed(h);
    }

    /** The fingerprint of chars lower-cased already as a whole. */
    private static long folded(char[] s, int from, int to) {
        long h = SEED;
        for (int k = from; k < to; k++) {
            char c = s[k];
            h = (h ^ (c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c))) * PRIME;
        }
        return mixed(h);
    }

    /** FNV-1a's state mixed by MurmurHash3's finaliser, so that every bit counts in a slot index. */
    private static long mixed(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** ASCII lower-cased by a table read: capitals and small letters mix unpredictably for a branch. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }
}
