package org.dossier.restore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that gathers what {@link PagedRestorer} commits into an {@link Edition}, for tests. */
final class EditionCollector implements EditionSink {
    private Metadata metadata;
    private final List<Page> pages = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<Hyphenation> hyphenation = new ArrayList<>();
    private final List<Correction> corrections = new ArrayList<>();
    private final List<RestoreIssue> issues = new ArrayList<>();
    /** Per paragraph id, the pages and notes handed over with it. */
    final Map<String, List<Page>> pagesBeginning = new LinkedHashMap<>();
    final Map<String, List<Footnote>> notesMarked = new LinkedHashMap<>();
    private Edition edition;

    static Edition restore(String raw, int windowChars) {
        EditionCollector c = new EditionCollector();
        try {
            PagedRestorer.withWindow(windowChars).restore(new java.io.StringReader(raw), c);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return c.edition();
    }

    Edition edition() {
        return edition;
    }

    @Override
    public void metadata(Metadata m) {
        metadata = m;
    }

    @Override
    public void page(Page p) {
        pages.add(p);
    }

    @Override
    public void paragraph(Paragraph p, List<Page> beginning, List<Footnote> marked) {
        paragraphs.add(p);
        pagesBeginning.put(p.id(), List.copyOf(beginning));
        notesMarked.put(p.id(), List.copyOf(marked));
    }

    @Override
    public void footnote(Footnote f) {
        footnotes.add(f);
    }

    @Override
    public void hyphenation(Hyphenation h) {
        hyphenation.add(h);
    }

    @Override
    public void correction(Correction c) {
        corrections.add(c);
    }

    @Override
    public void issue(RestoreIssue i) {
        issues.add(i);
    }

    @Override
    public void finish(Stats stats, String sha) {
        edition = new Edition(metadata, pages, paragraphs, footnotes, hyphenation, corrections, issues, stats, sha);
    }
}
