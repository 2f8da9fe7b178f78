package org.dossier.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.ClaimStance;
import org.dossier.model.ConditionKind;

/**
 * The answer of {@link Verdicts}. {@code needs} lists the consents and conditions that are missing
 * (for a prohibition: what would lift it); {@code undertakings} what the actor takes on by acting
 * under a permission; {@code because} the chain of provisions, relations and consents; {@code
 * readings} how each side read the provisions, attributed; {@code precedents} the events in which
 * the same provisions were invoked, claimed breached, relied on or lifted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(Ruling verdict, boolean exception, List<Need> needs, List<Need> undertakings, List<Basis> because,
                      List<AttributedReading> readings, List<Precedent> precedents, List<RouteLeg> route,
                      List<String> reasons) {

    public Verdict {
        needs = List.copyOf(needs);
        undertakings = List.copyOf(undertakings);
        because = List.copyOf(because);
        readings = List.copyOf(readings);
        precedents = List.copyOf(precedents);
        route = route == null ? null : List.copyOf(route);
        reasons = List.copyOf(reasons);
    }

    public enum Ruling {
        @JsonProperty("permitted") PERMITTED,
        @JsonProperty("conditional") CONDITIONAL,
        @JsonProperty("prohibited") PROHIBITED,
        @JsonProperty("indeterminate") INDETERMINATE;

        public String label() {
            return name().toLowerCase();
        }
    }

    /** A consent, objection, undertaking or condition, whose it is, and the provision that asks for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Need(ConditionKind kind, String actor, String text, String provision, Anchor anchor) {}

    /**
     * One side's reading of a provision, as the report attributes it: a reading the package states on the
     * provision ({@code holds} permitted, prohibited or conditional), or a claim about it ({@code claim},
     * {@code stance}, {@code date}). {@code side} is the state the reader speaks for (Karakhan for the Soviet Union).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttributedReading(String provision, String by, String side, String holds, String text, String event, String claim,
                                    ClaimStance stance, String date, Anchor anchor) {}
}
