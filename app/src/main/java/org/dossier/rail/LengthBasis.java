package org.dossier.rail;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a section's length comes from. */
public enum LengthBasis {
    /** A figure a source gives for exactly this section (converted to km if it was given in another unit). */
    @JsonProperty("sourced") SOURCED,
    /**
     * Arithmetic on sourced figures (a difference or sum of spans of the line, a unit conversion), by
     * Dossier or by the package's authors; no guess involved, but no source states it either, so the
     * figure is marked estimated with a note saying which figures it comes from.
     */
    @JsonProperty("derived") DERIVED,
    /** Computed by Dossier from coordinates; the note says how. */
    @JsonProperty("estimated") ESTIMATED,
    /** Neither a source nor coordinates give it; such sections are never routed over. */
    @JsonProperty("unknown") UNKNOWN
}
