package org.dossier.model;

/**
 * {@code predecessor} was replaced by the actor that lists this, as of {@code date} (EDTF);
 * {@code inheritsObligations} says whether the successor is bound by the predecessor's agreements
 * unless it repudiated them.
 */
public record Succession(String predecessor, String date, boolean inheritsObligations, Anchor anchor, String note) {}
