package org.dossier.rail;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a section's length comes from. */
public enum LengthBasis {
    /** A figure a source gives for exactly this section (converted to km if it was given in another unit). */
    @JsonProperty("sourced") SOURCED,
    /** Arithmetic on sourced figures of the same line (a difference of two spans, say); no guess involved. */
    @JsonProperty("derived") DERIVED,
    /** Computed by Dossier from coordinates; the note says how. */
    @JsonProperty("estimated") ESTIMATED,
    /** Neither a source nor coordinates give it; such sections are never routed over. */
    @JsonProperty("unknown") UNKNOWN
}
