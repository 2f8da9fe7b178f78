package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ControlKind {
    @JsonProperty("owner") OWNER,
    @JsonProperty("operator") OPERATOR,
    @JsonProperty("joint-management") JOINT_MANAGEMENT,
    @JsonProperty("supervision") SUPERVISION,
    @JsonProperty("military-control") MILITARY_CONTROL,
    @JsonProperty("seized") SEIZED
}
