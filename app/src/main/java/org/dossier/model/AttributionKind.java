package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an {@link Attribution} ties an actor to an event it is not named in. */
public enum AttributionKind {
    /** The event's actors acted at this actor's instigation or on its instructions ("acting under instructions from Moscow"). */
    @JsonProperty("instigated-by") INSTIGATED_BY,
    /** The event's actors acted as this actor's agents or proxy ("merely a puppet of Japan"). */
    @JsonProperty("on-behalf-of") ON_BEHALF_OF,
    /** The act was aimed at this actor, through the targets named or with none named (its vice-president's office searched). */
    @JsonProperty("aimed-at") AIMED_AT
}
