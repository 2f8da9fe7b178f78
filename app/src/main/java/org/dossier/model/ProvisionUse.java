package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ProvisionUse {
    @JsonProperty("invokes") INVOKES,
    @JsonProperty("claims-breach") CLAIMS_BREACH,
    @JsonProperty("relies-on") RELIES_ON,
    @JsonProperty("grants-exception") GRANTS_EXCEPTION,
    @JsonProperty("implements") IMPLEMENTS
}
