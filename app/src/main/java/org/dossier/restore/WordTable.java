package org.dossier.restore;

import java.util.Arrays;
import java.util.Locale;

/**
 * Lower-cased words with a count each, looked up by a range of a char array without
 * copying or lower-casing it first: restoration asks about every word of a report, and a
 * substring and its lower-cased copy per question cost more than the lookup itself.
 *
 * <p>Keys are lower-cased as {@code String.toLowerCase(Locale.ROOT)} would. That equals
 * lower-casing char by char except for a dotted capital I, a capital sigma (whose lower case
 * depends on its place in the word) and surrogate pairs; a range holding one of those is looked
 * up through an exact lower-cased copy instead. Keys are kept end to end in one char array, each
 * after a small header holding its length, its count and its owner's note, and found by open
 * addressing with linear probing from slots that point at them, so a lookup and the count and
 * note read after it touch two places: on a word list of megabytes, or a document's table evicted
 * by the stages between its making and its reading, each is a cache miss.
 */
final class WordTable {
    /** Set in a hash result when the range needs exact lower-casing. */
    private static final long EXACT = 1L << 32;
    /** Chars before an entry's letters in {@link #pool}: its length and its count (two chars each) and its note. */
    private static final int HEADER = 5;
    private static final int COUNT = 2;
    private static final int NOTE = 4;
    /**
     * Per slot: the entry's hash in the high half, 1 + where the entry starts in {@link #pool} in
     * the low half; 0 when empty. A slot leads straight to the entry, so a lookup reads two
     * places: the slot and the entry.
     */
    private long[] slots;
    /** Entries end to end: a header ({@link #HEADER}) then the lower-cased letters. Where an entry starts is its index. */
    private char[] pool;
    private int used;
    private int size;

    /** A table sized for about {@code expected} words (of about eight letters); it grows past that. */
    WordTable(int expected) {
        int entries = Math.max(16, expected);
        slots = new long[slotsFor(entries)];
        pool = new char[entries * (HEADER + 8)];
    }

    /** The count of the word at {@code [from, to)} of {@code s}, lower-cased; 0 when absent. */
    int count(char[] s, int from, int to) {
        int e = entry(s, from, to);
        return e >= 0 ? countOf(e) : 0;
    }

    /** The index of the word's entry, or -1 when absent; stable while the table lives. */
    int entry(char[] s, int from, int to) {
        long h = hash(s, from, to);
        if ((h & EXACT) != 0) {
            char[] key = lowerCopy(s, from, to);
            return find(key, 0, key.length, (int) hash(key, 0, key.length));
        }
        return find(s, from, to, (int) h);
    }

    int countOf(int entry) {
        return pool[entry + COUNT] << 16 | pool[entry + COUNT + 1];
    }

    private void setCount(int entry, int count) {
        pool[entry + COUNT] = (char) (count >>> 16);
        pool[entry + COUNT + 1] = (char) count;
    }

    /** A small value the owner keeps beside an entry (0 until set): what it learnt about the word. */
    byte note(int entry) {
        return (byte) pool[entry + NOTE];
    }

    void note(int entry, byte value) {
        pool[entry + NOTE] = (char) (value & 0xFF);
    }

    /** The count of a word given as a string (a convenience for the rare lookups of a built word). */
    int count(CharSequence word) {
        char[] s = word.toString().toCharArray();
        return count(s, 0, s.length);
    }

    /** Adds {@code n} to the count of the word at {@code [from, to)}, lower-cased. */
    void add(char[] s, int from, int to, int n) {
        insert(s, from, to, n);
    }

    /**
     * The word's entry, made with a count of 0 when absent: a count of 0 reads as absence to
     * {@link #count}, and the entry keeps its {@link #note} for the next time the word is asked.
     */
    int entryOrNew(char[] s, int from, int to) {
        return insert(s, from, to, 0);
    }

    private int insert(char[] s, int from, int to, int n) {
        char[] src = s;
        int f = from;
        int t = to;
        long hashed = hash(s, from, to);
        if ((hashed & EXACT) != 0) {
            src = lowerCopy(s, from, to);
            f = 0;
            t = src.length;
            hashed = hash(src, f, t);
        }
        int h = (int) hashed;
        int e = find(src, f, t, h);
        if (e >= 0) {
            setCount(e, countOf(e) + n);
            return e;
        }
        if (slotsFor(size + 1) > slots.length) {
            growSlots();
        }
        int at = newEntry(src, f, t, n);
        int mask = slots.length - 1;
        int i = h & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = (long) h << 32 | (at + 1);
        return at;
    }

    /**
     * Slots for {@code entries}: a power of two at most three quarters full. Linear probing stays
     * short at that load, and the word list's slots (a megabyte) stay half the size they would be
     * at a load of one half: every lookup in it is a cache miss.
     */
    private static int slotsFor(int entries) {
        int needed = (int) Math.min(1 << 30, (long) entries * 4 / 3 + 1);
        return Math.max(16, Integer.highestOneBit(needed - 1) << 1);
    }

    /** Stores a new entry and returns where it starts in the pool: its index. */
    private int newEntry(char[] src, int f, int t, int n) {
        size++;
        int length = t - f;
        if (used + HEADER + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + HEADER + length));
        }
        int at = used;
        pool[at] = (char) (length >>> 16);
        pool[at + 1] = (char) length;
        setCount(at, n);
        pool[at + NOTE] = 0;
        for (int k = 0; k < length; k++) {
            pool[at + HEADER + k] = fold(src[f + k]);
        }
        used += HEADER + length;
        return at;
    }

    private int find(char[] s, int from, int to, int h) {
        int mask = slots.length - 1;
        for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
            long slot = slots[i];
            if ((int) (slot >>> 32) == h) {
                int at = (int) slot - 1;
                if (foldedEquals(at, s, from, to)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private boolean foldedEquals(int at, char[] s, int from, int to) {
        if ((pool[at] << 16 | pool[at + 1]) != to - from) {
            return false;
        }
        int p = at + HEADER;
        for (int k = from; k < to; k++) {
            if (pool[p++] != fold(s[k])) {
                return false;
            }
        }
        return true;
    }

    /** The hash of the range lower-cased, with {@link #EXACT} set when char-by-char lower-casing would be wrong. */
    private static long hash(char[] s, int from, int to) {
        int h = 0;
        boolean exact = false;
        for (int k = from; k < to; k++) {
            char c = s[k];
            exact |= needsExactLowerCase(c);
            h = 31 * h + fold(c);
        }
        h ^= h >>> 16;
        return (h & 0xFFFFFFFFL) | (exact ? EXACT : 0);
    }

    /** A char lower-cased on its own, as {@code toLowerCase(Locale.ROOT)} would in most words (see {@link #needsExactLowerCase}). */
    static char fold(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    /**
     * Whether a word holding {@code c} must be lower-cased whole ({@link #lowerCopy}) rather than
     * char by char: a dotted capital I, a capital sigma, half of a surrogate pair.
     */
    static boolean needsExactLowerCase(char c) {
        return c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c));
    }

    /** ASCII lower-cased by a table read: capitals and small letters mix unpredictably for a branch. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    static char[] lowerCopy(char[] s, int from, int to) {
        return new String(s, from, to - from).toLowerCase(Locale.ROOT).toCharArray();
    }

    private void growSlots() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }
}
