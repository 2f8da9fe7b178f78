package org.dossier.restore;

/**
 * Finds given words anywhere in a text, ignoring case exactly as
 * {@code String.regionMatches(true, …)} does, in one pass: a word is compared only where its first
 * letter stands. The furniture, imprint and metadata patterns are tried only on text holding a
 * word they cannot match without, and most text holds none, so this scan is what most lines cost.
 */
final class FoldedWords {
    private FoldedWords() {}

    /** Whether the text holds one of the words (each of two or more lower-case ASCII letters). */
    static boolean any(CharSequence t, String... words) {
        char[] chars = t.toString().toCharArray();
        return scan(chars, 0, chars.length, words, true) != 0;
    }

    /** Which of the words {@code t[from, to)} holds: bit {@code k} for {@code words[k]}. */
    static int which(char[] t, int from, int to, String... words) {
        return scan(t, from, to, words, false);
    }

    private static int scan(char[] t, int from, int to, String[] words, boolean firstOnly) {
        int firsts = 0;
        for (String w : words) {
            firsts |= 1 << (w.charAt(0) - 'a');
        }
        int all = (1 << words.length) - 1;
        int found = 0;
        for (int i = from; i < to; i++) {
            int lower = t[i] | 0x20; // an ASCII letter of either case, lower-cased; anything else lands outside a-z
            if (lower < 'a' || lower > 'z' || (firsts & 1 << (lower - 'a')) == 0) {
                continue;
            }
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                if ((found & 1 << k) == 0 && w.charAt(0) == lower && i + w.length() <= to
                        && mayBeSecond(t[i + 1], w.charAt(1)) && restMatches(t, i, w)) {
                    found |= 1 << k;
                    if (firstOnly || found == all) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /**
     * A cheap test of the second letter, exact for ASCII: most first letters found open other
     * words, and they fail here without a call. Any other character is left to {@link #restMatches}.
     */
    private static boolean mayBeSecond(char c, char letter) {
        return c >= 128 || (c | 0x20) == letter;
    }

    /**
     * Whether {@code t} at {@code at} holds the rest of {@code word} after its first letter: a
     * character matches a letter when its upper case, lower-cased again, is that letter, which is
     * what {@code regionMatches(true, …)} decides against a lower-case ASCII letter.
     */
    private static boolean restMatches(char[] t, int at, String word) {
        for (int k = 1; k < word.length(); k++) {
            char c = t[at + k];
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                : Character.toLowerCase(Character.toUpperCase(c));
            if (f != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
