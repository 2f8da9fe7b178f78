package org.dossier.restore;

/**
 * A run of consecutive non-blank, non-furniture raw lines ({@code first..last}, 0-based,
 * inclusive) on one page, with the number of blank lines before it ({@code gap}; a page top
 * counts as a wide gap) and what the classifier took it for.
 */
record Block(int page, int first, int last, int gap, Kind kind, String label, int labelEnd) {

    enum Kind {
        /** Body text: one or more paragraphs, or a paragraph's continuation. */
        BODY,
        /** A footnote opening with its label; {@code labelEnd} is the column where its text starts. */
        NOTE_START,
        /** More text of the footnote before it (the next paragraph, or the rest across a column). */
        NOTE_CONTINUED,
        /** Masthead, imprint or title-page matter: furniture, read only for metadata. */
        MASTHEAD,
        /** OCR debris: column fragments, stray glyphs. */
        NOISE
    }

    static final int PAGE_TOP_GAP = 99;

    Block as(Kind k, String newLabel, int newLabelEnd) {
        return new Block(page, first, last, gap, k, newLabel, newLabelEnd);
    }

    Block withGap(int newGap) {
        return new Block(page, first, last, newGap, kind, label, labelEnd);
    }

    int lineCount() {
        return last - first + 1;
    }
}
