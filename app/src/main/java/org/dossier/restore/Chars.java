package org.dossier.restore;

/**
 * Character classes asked of every character of a report, read from one table of all 65,536
 * chars. The table is filled by asking {@link Character} itself once, so each answer is exactly
 * {@link Character}'s; a lookup is one load, where {@link Character} walks through a code-point
 * block dispatch per call, and restoration asks about each character several times.
 */
final class Chars {
    static final byte LETTER = 1;
    static final byte DIGIT = 2;
    static final byte UPPER = 4;
    static final byte LOWER = 8;
    static final byte WHITESPACE = 16;
    /** Whitespace or a Unicode space (a no-break space): what the flow collapses into one space. */
    static final byte SPACE = 32;
    static final byte LETTER_OR_DIGIT = 64;
    private static final byte[] CLASSES = classes();
    private Chars() {}

    private static byte[] classes() {
        byte[] t = new byte[1 << 16];
        for (int c = 0; c < t.length; c++) {
            char ch = (char) c;
            int v = (Character.isLetter(ch) ? LETTER : 0)
                | (Character.isDigit(ch) ? DIGIT : 0)
                | (Character.isUpperCase(ch) ? UPPER : 0)
                | (Character.isLowerCase(ch) ? LOWER : 0)
                | (Character.isWhitespace(ch) ? WHITESPACE : 0)
                | (Character.isWhitespace(ch) || Character.isSpaceChar(ch) ? SPACE : 0)
                | (Character.isLetterOrDigit(ch) ? LETTER_OR_DIGIT : 0);
            t[c] = (byte) v;
        }
        return t;
    }

    /** All the classes of {@code c} at once, as bits ({@link #LETTER} …), for a loop that asks several. */
    static int classesOf(char c) {
        return CLASSES[c];
    }

    static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    static boolean isDigit(char c) {
        return (CLASSES[c] & DIGIT) != 0;
    }

    static boolean isLetterOrDigit(char c) {
        return (CLASSES[c] & LETTER_OR_DIGIT) != 0;
    }

    static boolean isUpperCase(char c) {
        return (CLASSES[c] & UPPER) != 0;
    }

    static boolean isLowerCase(char c) {
        return (CLASSES[c] & LOWER) != 0;
    }

    static boolean isWhitespace(char c) {
        return (CLASSES[c] & WHITESPACE) != 0;
    }

    /** Whether {@code t} holds one of {@code chars}: the cheap test before a pattern that needs one of them. */
    static boolean containsAny(String t, String chars) {
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The characters of the regex class {@code \\s}. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}. */
    static boolean isSpace(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }
}
