package org.dossier.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a corpus run did with one input. */
public enum DocumentStatus {
    /** Restored in this run; its edition was written. */
    @JsonProperty("restored") RESTORED,
    /** Not restored again: an edition of the same content already exists, or is being written now. */
    @JsonProperty("skipped") SKIPPED,
    /** Could not be read or restored; reported, and retried on the next run. */
    @JsonProperty("failed") FAILED
}
