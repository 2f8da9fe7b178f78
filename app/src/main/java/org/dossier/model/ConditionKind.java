package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ConditionKind {
    @JsonProperty("consent") CONSENT,
    @JsonProperty("no-objection") NO_OBJECTION,
    @JsonProperty("undertaking") UNDERTAKING,
    @JsonProperty("capital") CAPITAL,
    @JsonProperty("purpose") PURPOSE,
    @JsonProperty("necessity") NECESSITY,
    @JsonProperty("payment") PAYMENT,
    @JsonProperty("date") DATE
}
