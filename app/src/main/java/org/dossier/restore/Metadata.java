package org.dossier.restore;

/** Bibliographic metadata read from the masthead and page furniture; a field is null when not found. */
public record Metadata(
    String title,
    String author,
    String series,
    String volume,
    String number,
    String date,
    String publisher,
    String price) {}
