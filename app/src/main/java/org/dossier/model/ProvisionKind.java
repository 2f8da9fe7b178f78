package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ProvisionKind {
    @JsonProperty("obligation") OBLIGATION,
    @JsonProperty("prohibition") PROHIBITION,
    @JsonProperty("permission") PERMISSION,
    @JsonProperty("right") RIGHT,
    @JsonProperty("term") TERM
}
