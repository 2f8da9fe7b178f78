package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the agreement was concluded, or only proposed or alleged. */
public enum AgreementStatus {
    @JsonProperty("concluded") CONCLUDED,
    @JsonProperty("proposed") PROPOSED,
    @JsonProperty("alleged") ALLEGED
}
