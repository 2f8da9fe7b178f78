package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ClaimStance {
    @JsonProperty("asserts") ASSERTS,
    @JsonProperty("denies") DENIES,
    @JsonProperty("counter-claims") COUNTER_CLAIMS,
    @JsonProperty("estimates") ESTIMATES,
    @JsonProperty("alleges") ALLEGES
}
