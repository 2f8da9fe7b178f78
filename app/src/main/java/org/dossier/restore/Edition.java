package org.dossier.restore;

import java.util.List;

/**
 * A restored report: everything {@link Restorer} recovers from raw OCR text. Immutable; every unit
 * keeps its offsets into the raw text it came from.
 */
public record Edition(
    Metadata metadata,
    List<Page> pages,
    List<Paragraph> paragraphs,
    List<Footnote> footnotes,
    List<Hyphenation> hyphenation,
    List<Correction> corrections,
    List<RestoreIssue> issues,
    Stats stats,
    String sourceSha256) {

    public Edition {
        pages = List.copyOf(pages);
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        hyphenation = List.copyOf(hyphenation);
        corrections = List.copyOf(corrections);
        issues = List.copyOf(issues);
    }
}
