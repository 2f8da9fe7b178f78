package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ActorKind {
    @JsonProperty("state") STATE,
    @JsonProperty("government") GOVERNMENT,
    @JsonProperty("authority") AUTHORITY,
    @JsonProperty("military") MILITARY,
    @JsonProperty("organisation") ORGANISATION,
    @JsonProperty("company") COMPANY,
    @JsonProperty("bank") BANK,
    @JsonProperty("party") PARTY,
    @JsonProperty("international") INTERNATIONAL,
    @JsonProperty("press") PRESS,
    @JsonProperty("person") PERSON,
    @JsonProperty("group") GROUP,
    @JsonProperty("reports") REPORTS
}
