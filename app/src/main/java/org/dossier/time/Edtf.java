package org.dossier.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Extended Date/Time Format (ISO 8601-2, levels 0 and 1): a day, month or year,
 * optionally uncertain ({@code ?}), approximate ({@code ~}) or both ({@code %}), with unspecified
 * digits ({@code 19XX}, {@code 1932-XX}), a season ({@code 1931-21} spring … {@code -24} winter), or
 * an interval {@code a/b} whose ends may be open ({@code ..}) or unknown (empty).
 *
 * <p>Every value has the earliest and latest day it can mean; reasoning compares those bounds
 * rather than guessing a single day. An open or unknown end has no bound.
 */
public record Edtf(String text, LocalDate earliest, LocalDate latest, boolean uncertain, boolean approximate,
                   boolean interval) {

    private static final Pattern SINGLE = Pattern.compile(
        "(-?\\d{3}[\\dX])(?:-(\\d[\\dX]|2[1-4]))?(?:-(\\d[\\dX]))?([?~%])?");

    /** Parses {@code text}, or explains in one line why it is not EDTF. */
    public static Edtf parse(String text) {
        if (text == null || text.isBlank()) {
            throw new EdtfException("empty date");
        }
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            if (t.indexOf('/', slash + 1) >= 0) {
                throw new EdtfException("'" + t + "' has more than one '/'");
            }
            Edtf from = end(t.substring(0, slash), t);
            Edtf to = end(t.substring(slash + 1), t);
            if (from != null && to != null && from.earliest.isAfter(to.latest)) {
                throw new EdtfException("'" + t + "' ends before it starts");
            }
            return new Edtf(t,
                from == null ? null : from.earliest,
                to == null ? null : to.latest,
                (from != null && from.uncertain) || (to != null && to.uncertain),
                (from != null && from.approximate) || (to != null && to.approximate),
                true);
        }
        return single(t, t);
    }

    /** Like {@link #parse} but empty for text that is not EDTF. */
    public static Optional<Edtf> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (EdtfException e) {
            return Optional.empty();
        }
    }

    private static Edtf end(String part, String whole) {
        if (part.isEmpty() || part.equals("..")) {
            return null;
        }
        return single(part, whole);
    }

    private static Edtf single(String s, String whole) {
        Matcher m = SINGLE.matcher(s);
        if (!m.matches()) {
            throw new EdtfException("'" + whole + "' is not an EDTF date (expected YYYY, YYYY-MM, YYYY-MM-DD, "
                + "a qualifier ?~%, X for unspecified digits, or an interval a/b)");
        }
        String year = m.group(1);
        String month = m.group(2);
        String day = m.group(3);
        String q = m.group(4);
        boolean uncertain = "?".equals(q) || "%".equals(q);
        boolean approximate = "~".equals(q) || "%".equals(q);
        int yLow = Integer.parseInt(year.replace('X', '0'));
        int yHigh = Integer.parseInt(year.replace('X', '9'));
        LocalDate earliest;
        LocalDate latest;
        if (month == null) {
            earliest = LocalDate.of(yLow, 1, 1);
            latest = LocalDate.of(yHigh, 12, 31);
        } else if (!month.contains("X") && Integer.parseInt(month) >= 21) {
            if (day != null) {
                throw new EdtfException("'" + whole + "': a season takes no day");
            }
            int season = Integer.parseInt(month);
            earliest = seasonStart(yLow, season);
            latest = seasonEnd(yHigh, season);
        } else if (month.contains("X")) {
            if (day != null && !day.equals("XX")) {
                throw new EdtfException("'" + whole + "': a day with an unspecified month");
            }
            earliest = LocalDate.of(yLow, 1, 1);
            latest = LocalDate.of(yHigh, 12, 31);
        } else {
            int mo = Integer.parseInt(month);
            if (mo < 1 || mo > 12) {
                throw new EdtfException("'" + whole + "': no month " + month);
            }
            if (day == null || day.equals("XX")) {
                earliest = LocalDate.of(yLow, mo, 1);
                latest = YearMonth.of(yHigh, mo).atEndOfMonth();
            } else if (day.contains("X")) {
                int dLow = Math.max(1, Integer.parseInt(day.replace('X', '0')));
                int dHigh = Math.min(YearMonth.of(yHigh, mo).lengthOfMonth(), Integer.parseInt(day.replace('X', '9')));
                earliest = LocalDate.of(yLow, mo, dLow);
                latest = LocalDate.of(yHigh, mo, dHigh);
            } else {
                int d = Integer.parseInt(day);
                if (d < 1 || d > YearMonth.of(yLow, mo).lengthOfMonth()) {
                    throw new EdtfException("'" + whole + "': no day " + day + " in " + year + "-" + month);
                }
                earliest = LocalDate.of(yLow, mo, d);
                latest = earliest;
            }
        }
        return new Edtf(s, earliest, latest, uncertain, approximate, false);
    }

    // Northern-hemisphere astronomical seasons, as EDTF codes 21–24 are used for the report's region.
    private static LocalDate seasonStart(int year, int season) {
        return switch (season) {
            case 21 -> LocalDate.of(year, 3, 21);
            case 22 -> LocalDate.of(year, 6, 21);
            case 23 -> LocalDate.of(year, 9, 23);
            default -> LocalDate.of(year, 12, 21);
        };
    }

    private static LocalDate seasonEnd(int year, int season) {
        return switch (season) {
            case 21 -> LocalDate.of(year, 6, 20);
            case 22 -> LocalDate.of(year, 9, 22);
            case 23 -> LocalDate.of(year, 12, 20);
            default -> LocalDate.of(year + 1, 3, 20);
        };
    }

    /** True when this value is a single known day. */
    public boolean isDay() {
        return !interval && earliest != null && earliest.equals(latest);
    }

    /** Every day it can mean is on or before {@code day}. */
    public boolean surelyOnOrBefore(LocalDate day) {
        return latest != null && !latest.isAfter(day);
    }

    /** Every day it can mean is on or after {@code day}. */
    public boolean surelyOnOrAfter(LocalDate day) {
        return earliest != null && !earliest.isBefore(day);
    }

    /** Some day it can mean is {@code day}. */
    public boolean mayInclude(LocalDate day) {
        return (earliest == null || !earliest.isAfter(day)) && (latest == null || !latest.isBefore(day));
    }

    @Override
    public String toString() {
        return text;
    }
}
