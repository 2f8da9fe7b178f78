package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TermEffect {
    @JsonProperty("reverts-free") REVERTS_FREE,
    @JsonProperty("redeemable") REDEEMABLE,
    @JsonProperty("purchasable") PURCHASABLE,
    @JsonProperty("expires") EXPIRES,
    @JsonProperty("renewable") RENEWABLE
}
