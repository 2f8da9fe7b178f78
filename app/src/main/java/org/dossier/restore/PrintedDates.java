package org.dossier.restore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as notes and mastheads print them ("May 13, 1932", "January 28 and 29, 1932", "May,
 * 1932", a book's "(New York, 1931)"), read into ISO 8601 or EDTF, and the cheap tests that keep
 * the date patterns off text that cannot hold a date: a year, a month's name.
 */
final class PrintedDates {
    /** Letters the OCR reads for digits: G for 6, S for 5 or 8, O for 0, l and I for 1, B for 8, Z for 2. */
    private static final String DIGIT_LIKE = "[GSOIlBZ]";
    static final String MONTHS =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String[] MONTH_NAMES = MONTHS.split("\\|");
    /**
     * The letters a month's name opens with, looked ahead before a pattern's word boundary and
     * alternation: the engine then passes over every other position with one comparison (the
     * patterns that start so, here and elsewhere, are tried at every character of every note).
     */
    static final String MONTH_INITIAL = "(?=[JFMASOND])";
    /**
     * "May 13, 1932"; two days of one month ("January 28 and 29, 1932", "3-4"); a day whose digit
     * the OCR read as a letter ("May 2G, 1932": kept, its date left unspecified in that digit).
     */
    static final Pattern DAY_DATE = Pattern.compile(
        MONTH_INITIAL + "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2}|\\d" + DIGIT_LIKE + "|" + DIGIT_LIKE + "\\d)"
            + "(?:\\s*(and|&|-|–)\\s*(\\d{1,2}))?\\s*[,.]?\\s+(1[5-9]\\d\\d)\\b");
    static final Pattern MONTH_DATE = Pattern.compile(MONTH_INITIAL + "\\b(" + MONTHS + ")\\.?,?\\s+(1[5-9]\\d\\d)\\b");
    static final Pattern YEAR = Pattern.compile("(?=1)\\b(1[5-9]\\d\\d)\\b");
    static final Pattern IMPRINT = Pattern.compile("\\(([^()]*?\\b1[5-9]\\d\\d)[^()]*\\)");

    private PrintedDates() {}

    /** ISO 8601 for a full date, reduced precision (YYYY-MM, YYYY) as EDTF allows for less. */
    static String date(String s) {
        if (!holdsYear(s)) {
            return null; // each pattern below reads a year
        }
        int month = firstMonth(s);
        Matcher m = foundFrom(DAY_DATE, s, month);
        if (m != null) {
            String yearMonth = m.group(5) + "-" + month(m.group(1)) + "-";
            String day = day(m.group(2));
            String second = m.group(4) == null ? null : day(m.group(4));
            if (day != null && second == null) {
                return yearMonth + day;
            }
            if (day != null && second != null && !day.contains("X") && second.compareTo(day) > 0) {
                // two issues of a paper: an EDTF set; a span of days: an EDTF interval
                return m.group(3).equals("and") || m.group(3).equals("&")
                    ? "{" + yearMonth + day + "," + yearMonth + second + "}" : yearMonth + day + "/" + yearMonth + second;
            }
        }
        m = foundFrom(MONTH_DATE, s, month);
        if (m != null) {
            return m.group(2) + "-" + month(m.group(1));
        }
        m = foundFrom(IMPRINT, s, s.indexOf('('));
        if (m != null) {
            Matcher y = YEAR.matcher(m.group(1));
            String last = null;
            while (y.find()) {
                last = y.group(1);
            }
            return last;
        }
        return null;
    }

    /**
     * {@link #date} of "Month D, YYYY" read from its parts: a month's name in any case, a day of one
     * or two ASCII digits and a year from 1500 to 1999 (as a masthead's date pattern gives them),
     * without a pattern: a report's masthead date is read once, where a pattern's first use in a
     * report runs cold.
     */
    static String dayDate(String month, String day, String year) {
        String d = day(day);
        return d == null ? null : year + "-" + month(month) + "-" + d;
    }

    /** A day of the month in two digits, a digit the OCR read as a letter given as EDTF's X; null if no day. */
    private static String day(String printed) {
        String d = printed.length() == 1 ? "0" + printed : printed;
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < 2; i++) {
            out.append(Character.isDigit(d.charAt(i)) ? d.charAt(i) : 'X');
        }
        String t = out.toString();
        if (t.indexOf('X') < 0) {
            int v = Integer.parseInt(t);
            return v >= 1 && v <= 31 ? t : null;
        }
        return t.charAt(0) == 'X' ? (t.charAt(1) == 'X' ? null : t) : (t.charAt(0) <= '3' ? t : null);
    }

    private static String month(String name) {
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            if (MONTH_NAMES[i].equalsIgnoreCase(name)) {
                return (i < 9 ? "0" : "") + (i + 1);
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** Whether a day's or a month's date is printed in {@code t} ("May 13, 1932", "May, 1932"), read as one or not. */
    static boolean holdsDayOrMonth(String t) {
        int month = holdsYear(t) ? firstMonth(t) : -1;
        return foundFrom(DAY_DATE, t, month) != null || foundFrom(MONTH_DATE, t, month) != null;
    }

    /** {@code p} found in {@code s} from {@code from} on, before which it cannot begin; null if none or {@code from < 0}. */
    static Matcher foundFrom(Pattern p, String s, int from) {
        if (from < 0) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find(from) ? m : null;
    }

    /** Where the first month's name stands in {@code s}, or -1: the date patterns open with one. */
    static int firstMonth(String s) {
        int first = -1;
        for (String name : MONTH_NAMES) {
            int at = s.indexOf(name);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    /**
     * Whether {@code s} holds four digits from {@code 1}{@code lowestCentury}{@code 00} to 1999: a
     * date pattern that reads such a year is tried only on text holding one.
     */
    static boolean holdsYear(CharSequence s, char lowestCentury) {
        for (int i = 0; i + 3 < s.length(); i++) {
            if (s.charAt(i) == '1' && s.charAt(i + 1) >= lowestCentury && s.charAt(i + 1) <= '9'
                    && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds a year from 1500 to 1999, as every date the patterns here read does. */
    static boolean holdsYear(String s) {
        return holdsYear(s, '5');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
