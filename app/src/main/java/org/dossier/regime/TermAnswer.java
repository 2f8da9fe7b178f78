package org.dossier.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.TermEffect;

/**
 * The answer of {@link Terms}: every date that follows from a term ({@code dates}), and for each question
 * (when the line reverts, from when it may be redeemed) and each party it is asked for, the one rule that
 * governs or why none can be named ({@code rulings}). {@code party} is the actor asked for, or null.
 */
public record TermAnswer(String subject, String asOf, String party, List<TermDate> dates, List<TermRuling> rulings) {

    public TermAnswer {
        dates = List.copyOf(dates);
        rulings = List.copyOf(rulings);
    }

    /**
     * One date: {@code what} happens to {@code subject} on {@code date} (EDTF: a day, or an interval when the start is
     * uncertain; null when no term is stated) under {@code agreement}'s {@code provision}, counted as
     * {@code years} from {@code from}. {@code status} is {@code governs} (the one rule for the question on the
     * as-of date, then {@code governs} is true), {@code governs-for} (the rule for the parties in {@code governsFor}
     * only, another one governing for others), {@code alternative} (in force but giving way to another rule, or
     * one of several between which the package cannot decide), {@code displaced} (its term modified by
     * {@code displacedBy}) or {@code not-in-force}; {@code reason} says why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermDate(String what, String subject, String date, String agreement, String provision, TermEffect effect, Long years,
                           String from, boolean governs, String displacedBy, String note, List<Basis> because,
                           Anchor anchor, String status, List<String> governsFor, String reason) {
        public TermDate {
            because = List.copyOf(because);
            governsFor = governsFor == null ? List.of() : List.copyOf(governsFor);
        }

        TermDate with(String newStatus, List<String> newGovernsFor, String newReason) {
            return new TermDate(what, subject, date, agreement, provision, effect, years, from, "governs".equals(newStatus),
                displacedBy, note, because, anchor, newStatus, newGovernsFor, newReason);
        }
    }

    /**
     * Which rule governs {@code question} for {@code party} (null: for everyone) on the as-of date:
     * {@code status} {@code governs} with the {@code provision}, its {@code agreement} and {@code date};
     * {@code indeterminate} when several rules in force decide it and the package does not say which one
     * applies, or {@code none}; {@code alternatives} are the other rules considered, and {@code reason} why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermRuling(String question, String party, String status, String provision, String agreement, String date,
                             List<String> alternatives, String reason) {
        public TermRuling {
            alternatives = List.copyOf(alternatives);
        }
    }
}
