package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum LineStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("projected") PROJECTED,
    @JsonProperty("under-construction") UNDER_CONSTRUCTION
}
