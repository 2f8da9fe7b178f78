package org.dossier.regime;

import java.util.Optional;
import org.dossier.time.Edtf;

/**
 * An EDTF interval read as two uncertain ends: "1931/1932-05-04" began on some day of 1931 and ended
 * on 4 May 1932 (inclusive). A single EDTF value is a period from its first to its last day.
 * {@link #covers} answers yes, no, or maybe when a day may fall on either side of an uncertain end.
 */
record Period(Edtf start, Edtf end) {

    enum Cover { YES, NO, MAYBE }

    static Optional<Period> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Edtf.tryParse(text).map(d -> new Period(d, d));
        }
        Optional<Edtf> whole = Edtf.tryParse(text);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Period(end(text.substring(0, slash)), end(text.substring(slash + 1))));
    }

    private static Edtf end(String part) {
        return part.isEmpty() || part.equals("..") ? null : Edtf.parse(part);
    }

    Cover covers(Edtf day) {
        Within from = start == null ? Within.AFTER : Within.of(day, start.earliest(), start.latest());
        if (from == Within.BEFORE) {
            return Cover.NO;
        }
        Cover until = Cover.YES;
        if (end != null) {
            if (day.earliest() != null && end.latest() != null && day.earliest().isAfter(end.latest())) {
                return Cover.NO;
            }
            if (day.latest() == null || end.earliest() == null || day.latest().isAfter(end.earliest())) {
                until = Cover.MAYBE;
            }
        }
        return from == Within.AFTER ? until : Cover.MAYBE;
    }
}
