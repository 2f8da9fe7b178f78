package org.dossier.rail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dossier.time.Edtf;
import org.junit.jupiter.api.Test;

/** Whether a date falls in a control period, judged on EDTF bounds only. */
class PeriodMatchProperties {
    static final LocalDate BASE = LocalDate.of(1920, 1, 1);

    static PeriodMatch.Result match(String period, String date) {
        return PeriodMatch.of(period, Edtf.parse(date)).orElseThrow();
    }

    @Property(tries = 500)
    void aDayFallsInAnIntervalOfDaysExactlyWhenItLiesBetweenItsEnds(
            @ForAll @IntRange(min = 0, max = 8000) int s, @ForAll @IntRange(min = 0, max = 3000) int len,
            @ForAll @IntRange(min = 0, max = 12000) int d) {
        LocalDate start = BASE.plusDays(s);
        LocalDate end = start.plusDays(len);
        LocalDate day = BASE.plusDays(d);
        boolean inside = !day.isBefore(start) && !day.isAfter(end);
        assertEquals(inside ? PeriodMatch.Result.WITHIN : PeriodMatch.Result.OUTSIDE,
            match(start + "/" + end, day.toString()));
    }

    @Property(tries = 300)
    void aDayInTheMonthAPeriodStartsIsIndeterminateUnlessItIsTheMonthsLastDay(
            @ForAll @IntRange(min = 1, max = 27) int dayOfMonth) {
        assertEquals(PeriodMatch.Result.INDETERMINATE, match("1932-02/..", "1932-02-" + two(dayOfMonth)));
        assertEquals(PeriodMatch.Result.WITHIN, match("1932-02/..", "1932-02-29"));
    }

    @Test
    void openEndsAreUnboundedAndUnknownEndsAreNotKnownToHaveHeld() {
        assertEquals(PeriodMatch.Result.WITHIN, match("1929-12-22/..", "1940"));
        assertEquals(PeriodMatch.Result.WITHIN, match("../1905", "1850-01-01"));
        assertEquals(PeriodMatch.Result.INDETERMINATE, match("1929-12-22/", "1940"));
        assertEquals(PeriodMatch.Result.OUTSIDE, match("1929-12-22/", "1929-12-21"));
    }

    @Test
    void aDateRangeStraddlingAnEndIsIndeterminate() {
        assertEquals(PeriodMatch.Result.INDETERMINATE, match("1932-01-30/..", "1932-01"));
        assertEquals(PeriodMatch.Result.WITHIN, match("1932-01-30/..", "1932-02"));
        assertEquals(PeriodMatch.Result.OUTSIDE, match("1932-03-01/..", "1932-02-27"));
    }

    @Test
    void aSingleDatePeriodHoldsOnItsOwnSpan() {
        assertEquals(PeriodMatch.Result.WITHIN, match("1932-08-17", "1932-08-17"));
        assertEquals(PeriodMatch.Result.OUTSIDE, match("1932-08-17", "1932-02-27"));
        assertEquals(PeriodMatch.Result.INDETERMINATE, match("1929-11", "1929-11-15"));
    }

    @Test
    void aPeriodThatIsNotEdtfGivesNoAnswer() {
        assertEquals(Optional.empty(), PeriodMatch.of("since the occupation", Edtf.parse("1932")));
        assertEquals(Optional.empty(), PeriodMatch.of(null, Edtf.parse("1932")));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
