package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PlaceKind {
    @JsonProperty("city") CITY,
    @JsonProperty("town") TOWN,
    @JsonProperty("station") STATION,
    @JsonProperty("port") PORT,
    @JsonProperty("province") PROVINCE,
    @JsonProperty("region") REGION,
    @JsonProperty("country") COUNTRY,
    @JsonProperty("river") RIVER,
    @JsonProperty("lake") LAKE,
    @JsonProperty("sea") SEA,
    @JsonProperty("island") ISLAND,
    @JsonProperty("mountains") MOUNTAINS,
    @JsonProperty("border") BORDER,
    @JsonProperty("building") BUILDING
}
