package org.dossier.model;

/** A value that did not come from the report, with the source it came from (an address or a source id). */
public record Sourced(String value, String source, String note) {}
