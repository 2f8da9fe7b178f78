package org.dossier.model;

/**
 * A number with its unit and where it comes from: an {@code anchor} when the report states it, a
 * {@code source} (a source id or an address) when it comes from elsewhere. {@code estimated} marks
 * a figure computed by Dossier, with {@code note} saying how.
 */
public record Figure(Double value, String unit, Anchor anchor, String source, boolean estimated, String note) {}
