package org.dossier.restore;

import java.io.IOException;
import java.util.List;

/**
 * Receives an edition unit by unit, in the order of the edition's arrays, as {@link PagedRestorer}
 * commits it: so that neither the text nor the edition of a very large input need be held.
 *
 * <p>Calls come in this order: {@link #metadata} once, first; then pages, paragraphs, footnotes,
 * hyphenation decisions, corrections and issues interleaved, each kind in its own order;
 * {@link #finish} once, last. A paragraph comes with the pages that begin in it (those whose
 * start line is at or before its end line and that came with no earlier paragraph: the numbers
 * and starts a reader needs to mark page breaks; their end lines may still grow) and with the
 * footnotes whose marker stands in it, which have already been passed to {@link #footnote}.
 */
public interface EditionSink {
    void metadata(Metadata metadata) throws IOException;

    void page(Page page) throws IOException;

    void paragraph(Paragraph paragraph, List<Page> pagesBeginning, List<Footnote> notesMarked) throws IOException;

    void footnote(Footnote footnote) throws IOException;

    void hyphenation(Hyphenation hyphenation) throws IOException;

    void correction(Correction correction) throws IOException;

    void issue(RestoreIssue issue) throws IOException;

    void finish(Stats stats, String sourceSha256) throws IOException;

    /** A sink that keeps nothing: for a restoration run only for its counts. */
    static EditionSink discard() {
        return new EditionSink() {
            @Override
            public void metadata(Metadata metadata) {}

            @Override
            public void page(Page page) {}

            @Override
            public void paragraph(Paragraph paragraph, List<Page> pagesBeginning, List<Footnote> notesMarked) {}

            @Override
            public void footnote(Footnote footnote) {}

            @Override
            public void hyphenation(Hyphenation hyphenation) {}

            @Override
            public void correction(Correction correction) {}

            @Override
            public void issue(RestoreIssue issue) {}

            @Override
            public void finish(Stats stats, String sourceSha256) {}
        };
    }
}
