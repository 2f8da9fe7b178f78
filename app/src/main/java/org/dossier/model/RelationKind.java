package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum RelationKind {
    @JsonProperty("reaffirms") REAFFIRMS,
    @JsonProperty("modifies") MODIFIES,
    @JsonProperty("repudiates") REPUDIATES,
    @JsonProperty("supersedes") SUPERSEDES,
    @JsonProperty("defers") DEFERS,
    @JsonProperty("remains-in-force-pending") REMAINS_IN_FORCE_PENDING,
    @JsonProperty("acquiesces-in") ACQUIESCES_IN,
    @JsonProperty("renews") RENEWS,
    @JsonProperty("prolongs") PROLONGS,
    @JsonProperty("abrogates") ABROGATES,
    @JsonProperty("summarizes") SUMMARIZES,
    @JsonProperty("protests") PROTESTS,
    @JsonProperty("attached-to") ATTACHED_TO,
    @JsonProperty("violates") VIOLATES
}
