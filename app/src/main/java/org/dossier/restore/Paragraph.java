package org.dossier.restore;

import java.util.List;

/** A body paragraph in reading order, with hyphenation resolved and page furniture removed. */
public record Paragraph(
    String id,
    int page,
    String text,
    int startLine,
    int endLine,
    List<Span> spans) {

    public Paragraph {
        spans = List.copyOf(spans);
    }
}
