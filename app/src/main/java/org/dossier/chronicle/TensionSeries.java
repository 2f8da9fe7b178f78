package org.dossier.chronicle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.model.Anchor;

/**
 * The answer of {@link Tension}: one point per period from the first to the last dated event of the
 * pair (periods without events score 0), and the events whose date is too vague to fall in one
 * period ({@code imprecise}), listed rather than guessed.
 */
public record TensionSeries(List<String> dyad, String by, List<Point> series, List<Scored> imprecise, int unscored) {

    public TensionSeries {
        dyad = List.copyOf(dyad);
        series = List.copyOf(series);
        imprecise = List.copyOf(imprecise);
    }

    /** A period, the sum of the Goldstein weights of its events, and the events. */
    public record Point(String period, double score, List<Scored> events) {
        public Point {
            events = List.copyOf(events);
        }
    }

    /** An event of the pair with its weight; {@code claimedBy} when the report gives it only as someone's report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scored(String id, String date, double goldstein, String cameo, String action, List<String> actors,
                         List<String> targets, String claimedBy, Anchor anchor) {
        public Scored {
            actors = List.copyOf(actors);
            targets = List.copyOf(targets);
        }
    }
}
