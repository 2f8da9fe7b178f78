package org.dossier.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's imprint in a citation: where and by whom it was published, and the year. Printed in
 * parentheses after the title ("(New York, Coward-McCann, 1931)", "(1925)") or run on after it
 * between commas ("…, Washington, Carnegie Endowment for International Peace, 1929, p. 133";
 * "S. Ronin, Innostrannyi Kapital …, Moscow, 1926"). {@code start} is where the imprint begins
 * in the citation's text; what comes before it is the author and title.
 */
record BookImprint(int start, String place, String publisher, String year) {
    /** A year closing a run of comma-separated parts: the only date such an imprint gives. */
    private static final Pattern YEAR_AT_END = Pattern.compile("(?=1)(?<![-–\\d])\\b(1[5-9]\\d\\d)[\\s,.]*$");
    /** The noun a publisher's or institution's name ends in: "Oxford University Press", "Carnegie Endowment". */
    static final Pattern PUBLISHER = Pattern.compile(
        "\\b(?:Press|Publish\\w*|Company|Co\\.?|Sons|Brothers|Verlag|Foundation|Endowment|Institut\\w*|Society|Bureau|Office|Library)\\b");
    private static final int PLACE_WORDS = 3;

    /**
     * The imprint of a book cited in {@code raw}, whose names and titles end at {@code headEnd}
     * (its first date, volume or page); null when it cites no book by place or year.
     */
    static BookImprint find(String raw, int headEnd) {
        Matcher paren = PrintedDates.IMPRINT.matcher(raw);
        if (paren.find() && paren.start() < headEnd) {
            return inParentheses(paren);
        }
        return runOn(raw.substring(0, headEnd));
    }

    /** "(New York, Cape and Smith, 1930, two volumes)": place, publisher, year; "(1925)" gives the year alone. */
    private static BookImprint inParentheses(Matcher paren) {
        String inner = paren.group(1);
        Matcher y = PrintedDates.YEAR.matcher(inner);
        int at = 0;
        while (y.find()) {
            at = y.start(); // the last year before the imprint's tail ("1930, two volumes")
        }
        String year = inner.substring(at, at + 4);
        List<String> pieces = pieces(inner.substring(0, at));
        if (pieces.isEmpty()) {
            return new BookImprint(paren.start(), null, null, year);
        }
        String first = pieces.get(0);
        if (isPlace(first)) {
            List<String> rest = pieces.subList(1, pieces.size());
            return new BookImprint(paren.start(), first, rest.isEmpty() ? null : String.join(", ", rest), year);
        }
        boolean publisher = PUBLISHER.matcher(first).find();
        return new BookImprint(paren.start(), null, publisher ? String.join(", ", pieces) : null, year);
    }

    /**
     * "Title, Place, Year", "Title, Place, Publisher, Year" or "Title, Publisher, Year" closing a reference's head: the year
     * must end the head and a title must come before the place, so that a paper's date or a
     * title's own year ("Documents on International Affairs, 1929") is not read as an imprint.
     */
    private static BookImprint runOn(String head) {
        Matcher end = YEAR_AT_END.matcher(head);
        if (!end.find()) {
            return null;
        }
        String before = head.substring(0, end.start());
        List<String> pieces = pieces(before);
        int n = pieces.size();
        if (n >= 3 && PUBLISHER.matcher(pieces.get(n - 1)).find() && isPlace(pieces.get(n - 2))) {
            return new BookImprint(startOf(before, pieces.get(n - 2)), pieces.get(n - 2), pieces.get(n - 1), end.group(1));
        }
        if (n >= 2 && isPlace(pieces.get(n - 1))) {
            return new BookImprint(startOf(before, pieces.get(n - 1)), pieces.get(n - 1), null, end.group(1));
        }
        if (n >= 2 && PUBLISHER.matcher(pieces.get(n - 1)).find()) {
            return new BookImprint(startOf(before, pieces.get(n - 1)), null, pieces.get(n - 1), end.group(1));
        }
        return null;
    }

    private static int startOf(String before, String piece) {
        return before.lastIndexOf(piece);
    }

    /** The comma-separated parts of an imprint; a full stop the OCR read for a comma ("Herald. 1932") is dropped. */
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        for (String p : CitationParser.splitTopLevel(s.strip(), ',')) {
            String t = p.strip();
            if (t.endsWith(".") && t.length() - t.lastIndexOf(' ') > 4) {
                t = t.substring(0, t.length() - 1);
            }
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A city as an imprint names it: one to three capitalised words, no publisher's noun. */
    static boolean isPlace(String s) {
        return !s.isEmpty() && CitationParser.wordCount(s) <= PLACE_WORDS && CitationParser.looksLikeName(s)
            && !PUBLISHER.matcher(s).find() && !s.startsWith("(");
    }
}
