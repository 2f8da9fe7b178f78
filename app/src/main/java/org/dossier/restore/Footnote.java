package org.dossier.restore;

import java.util.List;

/** A footnote with its restored text, the marker it was linked to (null when orphaned) and its citations. */
public record Footnote(
    String id,
    String label,
    int page,
    String text,
    int startLine,
    int endLine,
    Marker marker,
    List<Citation> citations,
    List<Span> spans) {

    public Footnote {
        citations = List.copyOf(citations);
        spans = List.copyOf(spans);
    }
}
