package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Qualifier {
    @JsonProperty("exact") EXACT,
    @JsonProperty("approximately") APPROXIMATELY,
    @JsonProperty("nearly") NEARLY,
    @JsonProperty("over") OVER,
    @JsonProperty("under") UNDER,
    @JsonProperty("at-least") AT_LEAST,
    @JsonProperty("at-most") AT_MOST,
    @JsonProperty("between") BETWEEN,
    @JsonProperty("estimated") ESTIMATED,
    @JsonProperty("some") SOME
}
