package org.dossier.model;

import java.util.List;

/**
 * A work: the report itself, or one its footnotes cite (a newspaper, journal, book, treaty
 * collection, official document). {@code footnotes} lists the labels of the report's footnotes
 * citing it.
 */
public record Source(
    String id,
    SourceKind kind,
    String title,
    String author,
    String container,
    String publisher,
    String place,
    String date,
    List<String> footnotes,
    Anchor anchor,
    String note) {

    public Source {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }
}
