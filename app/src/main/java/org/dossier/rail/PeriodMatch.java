package org.dossier.rail;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.time.Edtf;

/**
 * Whether a date (EDTF, possibly a range) falls in a period (EDTF, usually an interval), judged on
 * bounds only: certain when every day the date can mean lies between the latest possible start and
 * the earliest possible end, outside when no day can, indeterminate otherwise. An unknown end
 * ({@code 1924/}) gives no earliest end; an open end ({@code 1924/..}) is unbounded.
 */
final class PeriodMatch {
    enum Result { WITHIN, OUTSIDE, INDETERMINATE }

    private PeriodMatch() {}

    /** Empty when the period is not EDTF. */
    static Optional<Result> of(String period, Edtf date) {
        if (period == null || period.isBlank()) {
            return Optional.empty();
        }
        String p = period.trim();
        int slash = p.indexOf('/');
        String startText = slash < 0 ? p : p.substring(0, slash);
        String endText = slash < 0 ? p : p.substring(slash + 1);
        Optional<Edtf> start = end(startText);
        Optional<Edtf> end = end(endText);
        if (start == null || end == null) {
            return Optional.empty();
        }
        LocalDate startEarliest = start.map(Edtf::earliest).orElse(LocalDate.MIN);
        LocalDate startLatest = start.map(Edtf::latest)
            .orElse(startText.equals("..") ? LocalDate.MIN : LocalDate.MAX);
        LocalDate endLatest = end.map(Edtf::latest).orElse(LocalDate.MAX);
        LocalDate endEarliest = end.map(Edtf::earliest)
            .orElse(endText.equals("..") ? LocalDate.MAX : LocalDate.MIN);
        LocalDate dateEarliest = date.earliest() == null ? LocalDate.MIN : date.earliest();
        LocalDate dateLatest = date.latest() == null ? LocalDate.MAX : date.latest();
        if (dateLatest.isBefore(startEarliest) || dateEarliest.isAfter(endLatest)) {
            return Optional.of(Result.OUTSIDE);
        }
        if (!startLatest.isAfter(dateEarliest) && !dateLatest.isAfter(endEarliest)) {
            return Optional.of(Result.WITHIN);
        }
        return Optional.of(Result.INDETERMINATE);
    }

    /** The parsed end; empty for an open or unknown end; null when the text is not EDTF. */
    private static Optional<Edtf> end(String text) {
        if (text.isEmpty() || text.equals("..")) {
            return Optional.empty();
        }
        return Edtf.tryParse(text).map(Optional::of).orElse(null);
    }
}
