package org.dossier.rail;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a control period holds on the asked date. */
public enum Certainty {
    /** Every day the asked date can mean lies within every day the period can mean. */
    @JsonProperty("certain") CERTAIN,
    /**
     * The asked date lies within the period, but the control itself is known only as someone's report
     * ({@code claimedBy}): it held if the report was true.
     */
    @JsonProperty("reported") REPORTED,
    /** The date may or may not fall in the period (uncertain, approximate or open ends, or a date range). */
    @JsonProperty("indeterminate") INDETERMINATE,
    /** No date was asked: every control period of the section is listed. */
    @JsonProperty("undated") UNDATED
}
