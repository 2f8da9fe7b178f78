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
        TextDraft.ForwardOffsets offsets = text.new ForwardOffsets();
        int i = 0;
        int prevStart = 0;
        int prevEnd = 0;
        while (i < n) {
            while (i < n && !Chars.isLetterOrDigit(t[i])) {
                i++;
            }
            int s = i;
            boolean digits = false;
            int classes = 0; // every class met in the token, read once per character
            for (int c; i < n && ((c = Chars.classesOf(t[i])) & Chars.LETTER_OR_DIGIT) != 0; i++) {
                classes |= c;
                digits |= t[i] <= '9' && t[i] >= '0';
            }
            if (s == i) {
                break;
            }
            boolean anyDigit = (classes & Chars.DIGIT) != 0;
            boolean upper = (classes & Chars.UPPER) != 0;
            boolean digitShaped = upper && i - s <= 3 && allDigitShaped(t, s, i);
            int rawAt = digits || digitShaped || i - s >= 6 ? offsets.rawAt(s) : -1;
            if (rawAt >= 0) {
                Correction c = check(t, n, s, i, rawAt, prevStart, prevEnd, year, anyDigit, upper);
                if (c != null) {
                    out.add(new Correction(lines.lineOf(rawAt) + 1, rawAt, c.original(), c.proposed(), c.evidence()));
                }
            }
            prevStart = s;
            prevEnd = i;
        }
    }

    private static boolean allDigitShaped(char[] t, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!isDigitShape(t[k])) {
                return false;
            }
        }
        return true;
    }

    /** The capitals that stand for digits when a word is all of them: one of {@code SOIBZ}. */
    private static boolean isDigitShape(char c) {
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
     * The token is {@code text[s, e)} of a text {@code n} long, read from raw offset {@code rawAt}, with whether it holds a digit and a capital; it is copied
     * only when it may need a correction, since nearly every word of a report is a word the
     * document or the word list knows.
     */
    private Correction check(char[] text, int n, int s, int e, int rawAt, int prevStart, int prevEnd, int year,
                             boolean digits, boolean upper) {
        // digit shapes are capitals: a token without one (nearly every word) is not read again
        boolean digitShaped = upper;
        boolean letterO = false;
        for (int k = s; digitShaped && k < e; k++) { // the O matters only in a token all of digit shapes
            char c = text[k];
            digitShaped &= isDigitShape(c);
            letterO |= c == 'O';
        }
        int length = e - s;
        if (!digits && !upper && length < 5) {
            return null; // nothing to check: cheap exit for the common short word
        }
        if (digits) {
            return digitShapes(text, s, e, year);
        }
        if (length >= 2 && digitShaped && letterO
                && nextIsLowerWord(text, n, e) && prevEnd > prevStart && Character.isLowerCase(text[prevStart])) {
            return digitShapes(text, s, e, year);
        }
        if (length < 6 || lexicon.knownWord(text, s, e, rawAt, words)) {
            return null;
        }
        return nonWord(new String(text, s, e - s));
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
        char[] letters = v.toCharArray();
        long key = WordKey.of(letters, 0, letters.length); // made once for both questions
        int seen = lexicon.countOfKey(key);
        return seen >= 2 || (!capital || seen >= 1) && words.containsKey(key);
    }
}
