package org.dossier.restore;

/**
 * Words with a count and a small note each, asked ignoring case by a range of a char array
 * without copying or lower-casing it first: restoration asks about every word of a report, and
 * a substring and its lower-cased copy per question cost more than the lookup itself.
 *
 * <p>A word is kept as its {@link WordKey} fingerprint, beside its count and note in the same
 * slot pair, found by open addressing with linear probing: a question, and the count and note
 * read after it, touch one place. One document's table: not shared between threads.
 */
final class WordTable {
    /** Per slot {@code i}: the word's fingerprint at {@code 2i} (0 when empty), its count (low half), note (the byte above) and tag (the 24 bits above that) at {@code 2i + 1}. */
    private long[] slots;
    private int size;

    /** A table sized for about {@code expected} words; it grows past that. */
    WordTable(int expected) {
        slots = new long[2 * slotsFor(Math.max(16, expected))];
    }

    /** The count of the word at {@code [from, to)} of {@code s}, ignoring case; 0 when absent. */
    int count(char[] s, int from, int to) {
        return countOfKey(WordKey.of(s, from, to));
    }

    /** The count of the word with {@link WordKey} fingerprint {@code key}; 0 when absent. */
    int countOfKey(long key) {
        int mask = slots.length / 2 - 1;
        for (int i = (int) key & mask; slots[2 * i] != 0; i = (i + 1) & mask) {
            if (slots[2 * i] == key) {
                return countOf(2 * i);
            }
        }
        return 0;
    }

    /** The count of a word given as a string (a convenience for the rare lookups of a built word). */
    int count(CharSequence word) {
        return countOfKey(WordKey.of(word));
    }

    /**
     * The entry of the word with {@link WordKey} fingerprint {@code key}, made with a count of 0
     * when absent (a count of 0 reads as absence to {@link #count}, and the entry keeps its
     * {@link #note} for the next time the word is asked).
     * An entry stays valid until the next word is added.
     */
    int entryOrNew(long key) {
        return insert(key, 0);
    }

    /** Adds {@code n} to the count of the word with {@link WordKey} fingerprint {@code key}; its entry, valid until the next word is added. */
    int add(long key, int n) {
        return insert(key, n);
    }

    int countOf(int entry) {
        return (int) slots[entry + 1];
    }

    /** A small value the owner keeps beside an entry (0 until set): what it learnt about the word. */
    byte note(int entry) {
        return (byte) (slots[entry + 1] >>> 32);
    }

    void note(int entry, byte value) {
        slots[entry + 1] = (slots[entry + 1] & ~NOTE_BITS) | (long) (value & 0xFF) << 32;
    }

    /** A number up to 2^24 - 1 the owner keeps beside an entry (0 until set), as for an index of its own about the word. */
    int tag(int entry) {
        return (int) (slots[entry + 1] >>> 40);
    }

    void tag(int entry, int value) {
        if (value >>> 24 != 0) {
            throw new IllegalArgumentException("a tag has 24 bits: " + value);
        }
        slots[entry + 1] = (slots[entry + 1] & ~TAG_BITS) | (long) value << 40;
    }

    private static final long NOTE_BITS = 0xFFL << 32;
    private static final long TAG_BITS = 0xFFFFFFL << 40;

    private int insert(long key, int n) {
        int mask = slots.length / 2 - 1;
        int i = (int) key & mask;
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == key) {
                slots[2 * i + 1] += n; // the count is the low half; it never reaches 2^31
                return 2 * i;
            }
            i = (i + 1) & mask;
        }
        if (slotsFor(size + 1) > slots.length / 2) {
            grow();
            return insert(key, n);
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = n;
        size++;
        return 2 * i;
    }

    /** Slots for {@code entries}: a power of two at most three quarters full, where linear probing stays short. */
    private static int slotsFor(int entries) {
        int needed = (int) Math.min(1 << 29, (long) entries * 4 / 3 + 1);
        return Math.max(16, Integer.highestOneBit(needed - 1) << 1);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int k = 0; k < old.length; k += 2) {
            if (old[k] != 0) {
                int i = (int) old[k] & mask;
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = old[k];
                slots[2 * i + 1] = old[k + 1];
            }
        }
    }
}
