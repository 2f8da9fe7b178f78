package org.dossier.restore;

/**
 * The tokens of a text (runs of letters and digits) that the corrector reads again: those of
 * {@link #LONG} chars or more, words to look up, and those holding a digit or a capital that may
 * stand for one ({@link Corrector#isDigitShape}). They are found by bit operations over 64 chars
 * at a time. Most tokens are short words the corrector has nothing to ask of, and a scan that
 * stops at each token's end mispredicts a branch there, about every sixth char. One corrector's
 * own, reused from unit to unit.
 */
final class TokenMarks {
    /** The shortest token read again for its length alone. */
    static final int LONG = 6;
    private static final byte TOKEN_CHAR = 1;
    private static final byte MARKED_CHAR = 2;
    private static final byte[] KINDS = kinds();

    /** Per char, a bit: a letter or digit; a digit or a digit's shape; the start of a token to read again. */
    private long[] tokenChars = new long[17];
    private long[] markedChars = new long[17];
    private long[] toRead = new long[17];
    private int length;

    private static byte[] kinds() {
        byte[] kinds = new byte[1 << 16];
        for (int c = 0; c < kinds.length; c++) {
            boolean token = Chars.isLetterOrDigit((char) c);
            boolean marked = Chars.isDigit((char) c) || Corrector.isDigitShape((char) c);
            kinds[c] = (byte) ((token ? TOKEN_CHAR : 0) | (marked ? MARKED_CHAR : 0));
        }
        return kinds;
    }

    /** Reads {@code t[0, n)}, forgetting the text read before. */
    void read(char[] t, int n) {
        length = n;
        int words = (n + 63) >>> 6;
        if (tokenChars.length < words + 1) { // one word more, of no chars, for the look ahead below
            int size = Math.max(words + 1, 2 * tokenChars.length);
            tokenChars = new long[size];
            markedChars = new long[size];
            toRead = new long[size];
        }
        for (int w = 0; w < words; w++) {
            int from = w << 6;
            int to = Math.min(n, from + 64);
            long token = 0;
            long marked = 0;
            for (int k = from; k < to; k++) {
                int kind = KINDS[t[k]];
                token |= (long) (kind & TOKEN_CHAR) << k; // a long's shift counts k mod 64
                marked |= (long) (kind >>> 1) << k;
            }
            tokenChars[w] = token;
            markedChars[w] = marked;
        }
        tokenChars[words] = 0;
        long before = 0; // whether the char before the word's first is a token char
        for (int w = 0; w < words; w++) {
            long token = tokenChars[w];
            long next = tokenChars[w + 1];
            long starts = token & ~(token << 1 | before);
            before = token >>> 63;
            long run = token; // where LONG token chars in a row begin
            for (int k = 1; k < LONG; k++) {
                run &= token >>> k | next << (64 - k);
            }
            toRead[w] = starts & run;
        }
        for (int w = 0; w < words; w++) {
            for (long marked = markedChars[w]; marked != 0; marked &= marked - 1) {
                int start = startOf((w << 6) + Long.numberOfTrailingZeros(marked));
                toRead[start >>> 6] |= 1L << start;
            }
        }
    }

    /** Where the token holding the char at {@code at} begins: after the last char before it that is no letter or digit. */
    private int startOf(int at) {
        int w = at >>> 6;
        long others = ~tokenChars[w] & ((1L << at) - 1); // below at in its word: a shift counts at mod 64
        while (others == 0 && w > 0) {
            others = ~tokenChars[--w];
        }
        return others == 0 ? 0 : (w << 6) + 64 - Long.numberOfLeadingZeros(others);
    }

    /** The start of the first token to read again at or after {@code from}; the text's length if none. */
    int nextToRead(int from) {
        if (from >= length) {
            return length;
        }
        int w = from >>> 6;
        int last = (length - 1) >>> 6;
        long bits = toRead[w] & (-1L << from);
        while (bits == 0) {
            if (++w > last) {
                return length;
            }
            bits = toRead[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
    }

    /** The end of the token that begins at {@code start}. */
    int end(int start) {
        int w = start >>> 6;
        int last = (length - 1) >>> 6;
        long others = ~tokenChars[w] & (-1L << start);
        while (others == 0) {
            if (++w > last) {
                return length;
            }
            others = ~tokenChars[w];
        }
        return Math.min(length, (w << 6) + Long.numberOfTrailingZeros(others));
    }

    /** Whether a char of {@code [start, end)} is a digit or a digit's shape. */
    boolean marked(int start, int end) {
        int w = start >>> 6;
        int last = (end - 1) >>> 6;
        long from = -1L << start;
        for (; w < last; w++, from = -1L) {
            if ((markedChars[w] & from) != 0) {
                return true;
            }
        }
        return (markedChars[last] & from & (-1L >>> -end)) != 0; // below end: a shift counts -end mod 64
    }
}
