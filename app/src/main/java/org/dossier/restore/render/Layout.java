package org.dossier.restore.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Page;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Span;

/**
 * What the text renderers share: where in each paragraph a page begins and where a note marker
 * stands, as insertion points sorted by offset. Renderers only say how each is written.
 */
final class Layout {
    private Layout() {}

    enum Kind { PAGE, NOTE }

    record Insert(int offset, Kind kind, Page page, Footnote note) {}

    /** Insertion points of one paragraph, in text order (a page break before a note at one offset). */
    static List<Insert> inserts(Edition e, Paragraph p, int[] pageCursor) {
        List<Page> beginning = new ArrayList<>();
        List<Page> pages = e.pages();
        while (pageCursor[0] < pages.size() && pages.get(pageCursor[0]).startLine() <= p.endLine()) {
            beginning.add(pages.get(pageCursor[0]));
            pageCursor[0]++;
        }
        List<Footnote> marked = new ArrayList<>();
        for (Footnote f : e.footnotes()) {
            if (f.marker() != null && p.id().equals(f.marker().paragraph())) {
                marked.add(f);
            }
        }
        return inserts(p, beginning, marked);
    }

    /** Insertion points of one paragraph given the pages that begin in it and the notes marked in it. */
    static List<Insert> inserts(Paragraph p, List<Page> beginning, List<Footnote> marked) {
        List<Insert> out = new ArrayList<>();
        for (Page page : beginning) {
            out.add(new Insert(offsetOfLine(p, page.startLine()), Kind.PAGE, page, null));
        }
        for (Footnote f : marked) {
            out.add(new Insert(f.marker().offset(), Kind.NOTE, null, f));
        }
        out.sort(Comparator.comparingInt(Insert::offset).thenComparing(i -> i.kind() == Kind.NOTE));
        return out;
    }

    /** The text offset where raw line {@code line} (or the first line after it) begins in the paragraph. */
    private static int offsetOfLine(Paragraph p, int line) {
        for (Span s : p.spans()) {
            if (s.line() >= line) {
                int at = s.textStart();
                String t = p.text();
                while (at > 0 && at < t.length() && t.charAt(at - 1) != ' ') {
                    at++; // a word rejoined across the page break: mark the page after the word
                }
                return at;
            }
        }
        return 0;
    }

    static List<Footnote> unlinked(Edition e) {
        return e.footnotes().stream().filter(f -> f.marker() == null).toList();
    }
}
