package org.dossier.regime;

import java.time.LocalDate;
import org.dossier.time.Edtf;

/**
 * Where a queried date stands against the first day of a state of affairs (an entry into force, an
 * end, a succession), both given as EDTF bounds. A date that may fall on either side straddles it.
 */
public enum Within {
    BEFORE, AFTER, STRADDLES;

    /** {@code query} against {@code boundary}, the first day on which something holds. */
    public static Within of(Edtf query, Edtf boundary) {
        return of(query, boundary.earliest(), boundary.latest());
    }

    /** {@code query} against a boundary known to lie between {@code earliest} and {@code latest}. */
    public static Within of(Edtf query, LocalDate earliest, LocalDate latest) {
        if (query.latest() != null && earliest != null && query.latest().isBefore(earliest)) {
            return BEFORE;
        }
        if (query.earliest() != null && latest != null && !query.earliest().isBefore(latest)) {
            return AFTER;
        }
        return STRADDLES;
    }
}
