package org.dossier.store;

/**
 * One full-text match. {@code kind} is paragraph, footnote or fact; {@code ref} the paragraph or
 * footnote id, or {@code kind/id} of a fact; {@code snippet} the matching stretch of text with each
 * matched term between {@link Dialect#MATCH_START} and {@link Dialect#MATCH_END}.
 */
public record SearchHit(String document, String kind, String ref, Integer page, String title, String snippet) {

    /** The snippet without match marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(Dialect.MATCH_START), "").replace(String.valueOf(Dialect.MATCH_END), "");
    }
}
