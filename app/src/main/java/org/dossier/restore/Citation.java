package org.dossier.restore;

/**
 * A bibliographic citation parsed from a footnote. {@code date} is ISO 8601 or EDTF; a field is
 * null when the citation does not give it. {@code refersTo} names the earlier citation that an
 * {@code Ibid.} or {@code cited} resolves to (its {@code id}), else null.
 */
public record Citation(
    String id,
    String raw,
    String author,
    String title,
    String container,
    String volume,
    String number,
    String date,
    String pages,
    String refersTo) {}
