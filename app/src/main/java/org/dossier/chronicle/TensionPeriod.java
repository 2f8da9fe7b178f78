package org.dossier.chronicle;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The width of a point of a {@link Tension} series. */
public enum TensionPeriod {
    DAY, WEEK, MONTH;

    /** The first day of the period containing {@code d}. */
    LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTH -> d.with(TemporalAdjusters.firstDayOfMonth());
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The label of the period starting on {@code start}: 1932-04-12, 1932-W15, 1932-04. */
    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }
}
