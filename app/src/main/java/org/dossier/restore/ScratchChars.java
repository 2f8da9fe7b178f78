package org.dossier.restore;

/**
 * A char buffer kept per thread, for a stage that copies a piece of text out of its string once
 * and then reads it as an array (array reads are cheaper than a string's). Each stage holds its
 * own instance, so two stages never share a buffer. A piece longer than {@link #KEPT} gets a
 * buffer of its own, so that a huge line leaves no huge buffer behind.
 */
final class ScratchChars {
    private static final int KEPT = 1 << 14;
    private final ThreadLocal<char[]> buffer;

    ScratchChars(int initial) {
        buffer = ThreadLocal.withInitial(() -> new char[initial]);
    }

    /** {@code text[from, to)} copied to the start of this thread's buffer (valid until the thread's next call). */
    char[] copy(String text, int from, int to) {
        int n = to - from;
        char[] chars = buffer.get();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
            if (n <= KEPT) {
                buffer.set(chars);
            }
        }
        text.getChars(from, to, chars, 0);
        return chars;
    }
}
