package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum AgreementKind {
    @JsonProperty("treaty") TREATY,
    @JsonProperty("convention") CONVENTION,
    @JsonProperty("protocol") PROTOCOL,
    @JsonProperty("contract") CONTRACT,
    @JsonProperty("agreement") AGREEMENT,
    @JsonProperty("declaration") DECLARATION,
    @JsonProperty("exchange-of-notes") EXCHANGE_OF_NOTES,
    @JsonProperty("charter") CHARTER,
    @JsonProperty("pact") PACT,
    @JsonProperty("alliance") ALLIANCE,
    @JsonProperty("statute") STATUTE,
    @JsonProperty("resolution") RESOLUTION,
    @JsonProperty("undertaking") UNDERTAKING
}
