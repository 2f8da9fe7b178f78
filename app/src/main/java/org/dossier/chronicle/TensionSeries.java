package org.dossier.chronicle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.AttributionKind;

/**
 * The answer of {@link Tension}: one point per period from the first to the last dated event of the
 * pair, or over the bounds asked for (periods without events score 0), and the events whose date is
 * too vague to fall in one period ({@code imprecise}), listed rather than guessed. {@code attributed}
 * says whether events that belong to the pair only by attribution were counted; when they were not,
 * {@code attributedLeftOut} names them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TensionSeries(List<String> dyad, String by, String from, String to, boolean attributed,
                            List<Point> series, List<Scored> imprecise, int unscored, List<String> attributedLeftOut) {

    public TensionSeries {
        dyad = List.copyOf(dyad);
        series = List.copyOf(series);
        imprecise = List.copyOf(imprecise);
        attributedLeftOut = List.copyOf(attributedLeftOut);
    }

    /**
     * A period, the sum of the Goldstein weights of its events ({@code score}), split into the events
     * whose own actors and targets make them the pair's ({@code direct}) and those counted by
     * attribution ({@code attributed}), and the events.
     */
    public record Point(String period, double score, double direct, double attributed, List<Scored> events) {
        public Point {
            events = List.copyOf(events);
        }
    }

    /**
     * An event of the pair with its weight; {@code claimedBy} when the report gives it only as someone's
     * report; {@code via} the attributions that make it the pair's when its own actors and targets do not.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scored(String id, String date, double goldstein, String cameo, String action, List<String> actors,
                         List<String> targets, String claimedBy, Anchor anchor,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Via> via) {
        public Scored {
            actors = List.copyOf(actors);
            targets = List.copyOf(targets);
            via = List.copyOf(via);
        }

        /** Whether the event is the pair's only by attribution. */
        @JsonIgnore
        public boolean attributed() {
            return !via.isEmpty();
        }
    }

    /** An attribution used: {@code actor} put on the event's acting or target {@code side}, as {@code claimedBy} says. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Via(String actor, AttributionKind kind, String side, String claimedBy, Anchor anchor) {}
}
