package org.dossier.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.TermEffect;

/** The answer of {@link Terms}. */
public record TermAnswer(String subject, String asOf, List<TermDate> dates) {

    public TermAnswer {
        dates = List.copyOf(dates);
    }

    /**
     * One date: {@code what} happens to {@code subject} on {@code date} (EDTF: a day, or an interval when the start is
     * uncertain; null when no term is stated) under {@code agreement}'s {@code provision}, counted as
     * {@code years} from {@code from}. {@code governs} is true for the dates in force on the as-of date
     * and not displaced by a later modification; {@code displacedBy} names the one that displaced it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermDate(String what, String subject, String date, String agreement, String provision, TermEffect effect, Long years,
                           String from, boolean governs, String displacedBy, String note, List<Basis> because,
                           Anchor anchor) {
        public TermDate {
            because = List.copyOf(because);
        }
    }
}
