package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SourceKind {
    @JsonProperty("report") REPORT,
    @JsonProperty("newspaper") NEWSPAPER,
    @JsonProperty("journal") JOURNAL,
    @JsonProperty("book") BOOK,
    @JsonProperty("treaty-collection") TREATY_COLLECTION,
    @JsonProperty("official") OFFICIAL,
    @JsonProperty("memorandum") MEMORANDUM,
    @JsonProperty("dataset") DATASET,
    @JsonProperty("web") WEB
}
