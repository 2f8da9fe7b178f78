package org.dossier.restore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes corrections of likely OCR errors without applying them: letters read among digits
 * ({@code 19S1}, {@code SO years}) and non-words one typical OCR confusion away from a word the
 * document itself uses or the word list knows ({@code Infomnation}). Each proposal keeps the
 * original and says why.
 */
final class Corrector {
    /** Letter shapes that stand for digits, with the likeliest digit first. */
    private static final String DIGIT_LETTERS = "SOoIlBGZ";
    private static final String[][] LETTER_DIGITS = {
        {"S", "8", "5", "3"}, {"O", "0"}, {"o", "0"}, {"I", "1"}, {"l", "1"}, {"B", "8"}, {"G", "6"}, {"Z", "2"}};
    /** Letter groups an OCR engine mistakes for one another in old type. */
    private static final String[][] CONFUSIONS = {
        {"rn", "m"}, {"m", "rn"}, {"mn", "rm"}, {"nm", "rm"}, {"cl", "d"}, {"d", "cl"}, {"li", "h"}, {"h", "li"},
        {"ii", "u"}, {"vv", "w"}, {"iv", "w"}, {"tt", "ti"}, {"ln", "in"}, {"lt", "it"}, {"c", "e"}, {"e", "c"}};

    private final Lexicon lexicon;
    private final WordList words;
    /** The unit being read, copied once into a buffer kept from unit to unit. */
    private char[] buffer = new char[1024];
    /** The unit's tokens to read again. */
    private final TokenMarks tokens = new TokenMarks();

    Corrector(Lexicon lexicon, WordList words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    List<Correction> propose(List<Drafts.Unit> paragraphs, List<Drafts.Unit> notes, SourceLines lines, int year) {
        lexicon.askAboutLongWords(words);
        List<Correction> out = new ArrayList<>();
        for (List<Drafts.Unit> units : List.of(paragraphs, notes)) {
            for (Drafts.Unit u : units) {
                scan(u.text, lines, year, out);
            }
        }
        out.sort((a, b) -> Integer.compare(a.rawOffset(), b.rawOffset()));
        return out;
    }

    private void scan(TextDraft text, SourceLines lines, int year, List<Correction> out) {
        buffer = text.copyInto(buffer);
        char[] t = buffer;
        int n = text.length();
        tokens.read(t, n);
        TextDraft.ForwardOffsets offsets = text.new ForwardOffsets();
        for (int s = tokens.nextToRead(0); s < n; ) {
            int e = tokens.end(s);
            boolean marked = tokens.marked(s, e);
            // a short token is here for its digit or digit's shape: read again if it may stand for a number
            if (e - s >= TokenMarks.LONG || mayStandForNumber(t, s, e)) {
                int rawAt = offsets.rawAt(s);
                Correction c = marked ? check(t, n, s, e, rawAt, year) : checkWord(t, s, e, rawAt);
                if (c != null) {
                    out.add(new Correction(lines.lineOf(rawAt) + 1, rawAt, c.original(), c.proposed(), c.evidence()));
                }
            }
            s = tokens.nextToRead(e);
        }
    }

    /** Whether the token holds an ASCII digit, or is three capitals at most that all stand for digits. */
    private static boolean mayStandForNumber(char[] t, int s, int e) {
        boolean allShapes = e - s <= 3;
        for (int k = s; k < e; k++) {
            char c = t[k];
            if (c >= '0' && c <= '9') {
                return true;
            }
            allShapes &= isDigitShape(c);
        }
        return allShapes;
    }

    /** The capitals that stand for digits when a word is all of them: one of {@code SOIBZ}. */
    static boolean isDigitShape(char c) {
        return c == 'S' || c == 'O' || c == 'I' || c == 'B' || c == 'Z';
    }

    /** Whether the word after {@code from} (past spaces) opens in lower case. */
    private static boolean nextIsLowerWord(char[] t, int n, int from) {
        int i = from;
        while (i < n && t[i] == ' ') {
            i++;
        }
        return i < n && Chars.isLetterOrDigit(t[i]) && Chars.isLowerCase(t[i]);
    }

    /**
     * The token is {@code text[s, e)} of a text {@code n} long, read from raw offset {@code rawAt};
     * it is copied only when it may need a correction, since nearly every word of a report is a
     * word the document or the word list knows.
     */
    private Correction check(char[] text, int n, int s, int e, int rawAt, int year) {
        int classes = 0;
        boolean digitShaped = true;
        boolean letterO = false;
        for (int k = s; k < e; k++) {
            char c = text[k];
            classes |= Chars.classesOf(c);
            digitShaped &= isDigitShape(c);
            letterO |= c == 'O';
        }
        boolean digits = (classes & Chars.DIGIT) != 0;
        boolean upper = (classes & Chars.UPPER) != 0;
        int length = e - s;
        if (!digits && !upper && length < 5) {
            return null; // nothing to check: cheap exit for the common short word
        }
        if (digits) {
            return digitShapes(text, s, e, year);
        }
        if (length >= 2 && digitShaped && letterO && nextIsLowerWord(text, n, e) && previousIsLowerWord(text, s)) {
            return digitShapes(text, s, e, year);
        }
        return length < TokenMarks.LONG ? null : checkWord(text, s, e, rawAt);
    }

    /** A long token without a digit or a digit's shape: a word to look up, read again when neither the document nor the word list knows it. */
    private Correction checkWord(char[] text, int s, int e, int rawAt) {
        return lexicon.knownWord(text, s, e, rawAt, words) ? null : nonWord(new String(text, s, e - s));
    }

    /** Whether the token before {@code text[before]} (past what is no letter or digit) opens in lower case. */
    private static boolean previousIsLowerWord(char[] text, int before) {
        int k = before - 1;
        while (k >= 0 && !Chars.isLetterOrDigit(text[k])) {
            k--;
        }
        while (k > 0 && Chars.isLetterOrDigit(text[k - 1])) {
            k--;
        }
        return k >= 0 && Character.isLowerCase(text[k]);
    }

    /**
     * The token {@code t[s, e)} read with its letters as digits. It is read in place first and
     * copied only when every letter in it may stand for a digit: most tokens with digits are plain
     * numbers.
     */
    private Correction digitShapes(char[] t, int s, int e, int year) {
        int letters = 0;
        boolean digit = false;
        for (int k = s; k < e; k++) {
            char c = t[k];
            if (Character.isLetter(c)) {
                if (DIGIT_LETTERS.indexOf(c) < 0) {
                    return null;
                }
                letters++;
            }
            digit |= Character.isDigit(c);
        }
        if (letters == 0 || letters * 2 > e - s + 1 && digit) {
            return null;
        }
        String tok = new String(t, s, e - s);
        for (String candidate : digitReadings(tok)) {
            if (candidate.length() == 4 && candidate.startsWith("1") && year > 0
                    && Integer.parseInt(candidate) > year) {
                continue; // a year after the document's own date cannot be meant
            }
            return new Correction(0, 0, tok, candidate,
                "letters read among digits (" + shapes(tok) + ")"
                    + (year > 0 && candidate.length() == 4 ? "; the document dates from " + year : ""));
        }
        return null;
    }

    private static List<String> digitReadings(String tok) {
        List<String> readings = new ArrayList<>();
        readings.add("");
        for (int k = 0; k < tok.length(); k++) {
            char c = tok.charAt(k);
            String[] options = {String.valueOf(c)};
            for (String[] ld : LETTER_DIGITS) {
                if (ld[0].charAt(0) == c) {
                    options = java.util.Arrays.copyOfRange(ld, 1, ld.length);
                }
            }
            List<String> grown = new ArrayList<>();
            for (String r : readings) {
                for (String o : options) {
                    grown.add(r + o);
                }
            }
            readings = grown;
        }
        return readings;
    }

    private static String shapes(String tok) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < tok.length(); k++) {
            char c = tok.charAt(k);
            for (String[] ld : LETTER_DIGITS) {
                if (ld[0].charAt(0) == c) {
                    if (b.length() > 0) {
                        b.append(", ");
                    }
                    b.append(c).append(" for ").append(String.join(" or ", java.util.Arrays.copyOfRange(ld, 1, ld.length)));
                }
            }
        }
        return b.toString();
    }

    private Correction nonWord(String tok) {
        boolean capital = Character.isUpperCase(tok.charAt(0));
        Set<String> found = new LinkedHashSet<>();
        String lower = tok.toLowerCase(Locale.ROOT);
        for (String[] pair : CONFUSIONS) {
            for (int at = lower.indexOf(pair[0]); at >= 0; at = lower.indexOf(pair[0], at + 1)) {
                String v = replaced(lower, at, pair[0].length(), pair[1]);
                if (supported(v, capital) && found.add(v) && found.size() > 1) {
                    return null; // two readings already: too many to choose from, whatever else is found
                }
            }
        }
        if (found.isEmpty() && hasInnerCapital(tok)) {
            // "TimeSj": a stray glyph inside a word; deleting letters is otherwise too eager
            for (int at = 0; at < lower.length(); at++) {
                String deleted = replaced(lower, at, 1, "");
                if (supported(deleted, capital)) {
                    found.add(deleted);
                }
            }
        }
        if (found.size() != 1) {
            return null; // none, or too many readings to choose from
        }
        String v = found.iterator().next();
        String proposed = capital ? Character.toUpperCase(v.charAt(0)) + v.substring(1) : v;
        if (tok.equals(tok.toUpperCase(Locale.ROOT))) {
            proposed = proposed.toUpperCase(Locale.ROOT);
        }
        int seen = lexicon.count(v);
        String evidence = "'" + tok + "' is not in the word list"
            + (seen > 0 ? "; the document spells '" + proposed + "' " + seen + "×" : "; the word list has '" + v + "'");
        return new Correction(0, 0, tok, proposed, evidence);
    }

    /** {@code word} with its {@code length} chars at {@code at} replaced by {@code with}, built in one copy. */
    private static String replaced(String word, int at, int length, String with) {
        return new StringBuilder(word.length() - length + with.length())
            .append(word, 0, at).append(with).append(word, at + length, word.length()).toString();
    }

    /** A capital after the first letter of a word not all in capitals: "TimeSj". */
    private static boolean hasInnerCapital(String tok) {
        boolean inner = false;
        for (int k = 1; k < tok.length() && !inner; k++) {
            inner = Character.isUpperCase((int) tok.charAt(k)); // each char alone, as String.chars() gives them
        }
        return inner && !tok.equals(tok.toUpperCase(Locale.ROOT));
    }

    /** A reading is supported when the document uses it twice or more, or (for a common word) the word list has it. */
    private boolean supported(String v, boolean capital) {
        if (v.length() < 3) {
            return false;
        }
        long key = WordKey.of(v); // made once for both questions
        int seen = lexicon.countOfKey(key);
        return seen >= 2 || (!capital || seen >= 1) && words.containsKey(key);
    }
}
