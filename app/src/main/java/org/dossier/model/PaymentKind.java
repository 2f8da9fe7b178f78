package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PaymentKind {
    @JsonProperty("lease") LEASE,
    @JsonProperty("tax") TAX,
    @JsonProperty("fine") FINE
}
