package org.dossier.restore;

import java.util.Locale;
import java.util.Set;

/**
 * Tells commentary from references in footnotes: commentary reads as running lower-case words;
 * a reference is mostly names, numbers and titles. Words are read in place, between their gaps,
 * without splitting the text into strings: the parser asks this of every part of every note.
 */
final class Commentary {
    /** Lower-case words that say nothing of prose: articles, prepositions, a reference's "cited". */
    static final Set<String> SMALL_WORDS = Set.of(
        "and", "of", "the", "in", "on", "for", "de", "du", "la", "le", "v", "i", "a", "an", "to",
        "with", "et", "seq", "cited", "des", "der", "und", "at", "by", "o", "po", "za", "concerning",
        "about", "from", "upon", "into", "under", "between", "against", "through", "toward", "towards",
        "within", "na", "k");
    /** The longest small word: a longer word (lower-casing never shortens one) is not looked up. */
    private static final int SMALL_WORD_MAX = SMALL_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** What {@link #wordKind} says of a word. */
    private static final int FEW_LETTERS = -1;
    private static final int NOT_LOWER = 0;
    private static final int SMALL = 1;
    private static final int CONTENT = 2;

    private Commentary() {}

    /**
     * Whether {@code s} is commentary: five or more words of three letters or more (quoted titles
     * and parentheses set aside), more than an eighth of them lower-case content words, and a run
     * of lower-case words somewhere.
     */
    static boolean isProse(String s) {
        // each pattern needs a quote or a bracket: most notes' sentences hold neither
        String plain = withoutParenthesised(withoutQuoted(s));
        int lower = 0;
        int words = 0;
        int n = plain.length();
        for (int i = 0; i < n; ) {
            while (i < n && isWordGap(plain.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWordGap(plain.charAt(i))) {
                i++;
            }
            int kind = wordKind(plain, start, i, 3); // initials and abbreviations ("p.", "T. A.") say nothing either way
            words += kind == FEW_LETTERS ? 0 : 1;
            lower += kind == CONTENT ? 1 : 0;
        }
        return words >= 5 && lower * 100 > words * 12 && hasLowerRun(plain.trim());
    }

    /**
     * {@code s} with each quoted span, from an opening quote ({@code “} or {@code "}) to the first
     * closing one ({@code ”} or {@code "}) after it, replaced by a space: what {@code
     * [“"][^”"]*[”"]} replaced all by a space gives, without a regex.
     */
    static String withoutQuoted(String s) {
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '"') {
                int close = i + 1;
                while (close < n && s.charAt(close) != '”' && s.charAt(close) != '"') {
                    close++;
                }
                if (close == n) {
                    break; // no closing quote after this one, so none after a later one either
                }
                out = (out == null ? new StringBuilder(n) : out).append(s, copied, i).append(' ');
                copied = close + 1;
                i = close;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /**
     * {@code s} with each innermost parenthesis, brackets and all, replaced by a space: what {@code
     * \([^()]*\)} replaced all by a space gives, without a regex.
     */
    static String withoutParenthesised(String s) {
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = s.indexOf('('); i >= 0 && i < n; i = s.indexOf('(', i + 1)) {
            int close = i + 1;
            while (close < n && s.charAt(close) != '(' && s.charAt(close) != ')') {
                close++;
            }
            if (close < n && s.charAt(close) == ')') {
                out = (out == null ? new StringBuilder(n) : out).append(s, copied, i).append(' ');
                copied = close + 1;
                i = close;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /**
     * Prose runs on in lower case ("granted permission for the construction"); a reference's
     * lower-case words stand one or two between commas ("two volumes, Vol. I"). Words here are
     * separated by spaces alone, so that the punctuation ending one is seen.
     */
    private static boolean hasLowerRun(String t) {
        int run = 0;
        int content = 0;
        int n = t.length();
        for (int i = 0; i < n; ) {
            int start = i;
            while (i < n && !Chars.isRegexSpace(t.charAt(i))) {
                i++;
            }
            int kind = wordKind(t, start, i, 1);
            boolean lowerWord = kind == SMALL || kind == CONTENT;
            if (lowerWord) {
                run++;
                content += kind == CONTENT ? 1 : 0;
                if (run >= 3 && content >= 1) {
                    return true;
                }
            }
            char last = i > start ? t.charAt(i - 1) : ' ';
            if (!lowerWord || last == ',' || last == ';' || last == ':') {
                run = 0;
                content = 0;
            }
            while (i < n && Chars.isRegexSpace(t.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /**
     * How the word {@code s[from, to)} reads by its letters alone (what {@link CitationParser#letters}
     * keeps): {@link #FEW_LETTERS} below {@code minLetters} chars of letters, else whether its first
     * letter is a lower-case one, and then whether it is a small word. Only a short lower-case word
     * is copied, to be looked up.
     */
    private static int wordKind(String s, int from, int to, int minLetters) {
        int letters = 0;
        char first = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                first = letters == 0 ? s.charAt(i) : first;
                letters += width;
            }
            i += width;
        }
        if (letters < minLetters) {
            return FEW_LETTERS;
        }
        if (!Character.isLowerCase(first)) {
            return NOT_LOWER; // asked of the first letter's first char, as of the letters' string
        }
        if (letters > SMALL_WORD_MAX) {
            return CONTENT;
        }
        String word = CitationParser.letters(s.substring(from, to)).toLowerCase(Locale.ROOT);
        return SMALL_WORDS.contains(word) ? SMALL : CONTENT;
    }

    /** What {@code [\s,;:]} matches: the gaps between a note's words. */
    private static boolean isWordGap(char c) {
        return Chars.isRegexSpace(c) || c == ',' || c == ';' || c == ':';
    }
}
