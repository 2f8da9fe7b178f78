package org.dossier.restore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraphs and footnotes of a text restored window by window. A unit is committed by the
 * window in which it begins within the lines that window owns, with its offsets moved to the
 * whole text's and its id given in the edition's sequence ({@code p1, p2 …}, footnote ids by
 * {@link NoteIds}); markers and {@code Ibid.} references are renamed with it. Units a window
 * reads again (they begin before the lines it owns) are matched to the ids they were committed
 * under, so that a note committed later can name the paragraph its marker stands in.
 */
final class UnitsLedger {
    /** A unit told apart by its first line and the raw offset of its first character. */
    private record Key(int line, int rawStart) {}

    private record Known(String id, String text) {}

    private final EditionSink sink;
    private final PendingParagraphs pending;
    private final NoteIds noteIds = new NoteIds();
    private final Map<Key, Known> paragraphsAgain = new LinkedHashMap<>();
    private final Map<Key, String> notesAgain = new LinkedHashMap<>();
    private int paragraphs;
    private int footnotes;
    private int linked;

    UnitsLedger(EditionSink sink, PendingParagraphs pending) {
        this.sink = sink;
        this.pending = pending;
    }

    /** One window's commit: where its lines and characters begin, what it owns, what is read again. */
    record Scope(int lineBase, int charBase, int from, int to, int again, Map<Integer, Integer> pages) {
        boolean owns(int start, int end) {
            return (start >= from && start < to) || (start < from && end >= from);
        }

        List<Span> spans(List<Span> spans) {
            List<Span> out = new ArrayList<>(spans.size());
            for (Span s : spans) {
                out.add(new Span(s.textStart(), s.textEnd(), s.rawStart() + charBase, s.rawEnd() + charBase,
                    s.line() + lineBase));
            }
            return out;
        }

        Key key(int startLine, List<Span> spans) {
            return new Key(startLine + lineBase, spans.isEmpty() ? -1 : spans.get(0).rawStart() + charBase);
        }
    }

    /** Commits the window's paragraphs, then its notes; returns the issues found at the seams. */
    List<RestoreIssue> commit(Edition e, Scope scope, PagesLedger pages) throws IOException {
        List<RestoreIssue> issues = new ArrayList<>();
        Map<String, String> paragraphIds = new HashMap<>();
        for (Paragraph p : e.paragraphs()) {
            int start = p.startLine() + scope.lineBase();
            int end = p.endLine() + scope.lineBase();
            Key key = scope.key(p.startLine(), p.spans());
            if (scope.owns(start, end)) {
                if (start < scope.from()) {
                    issues.add(new RestoreIssue(scope.from(), 1, "window seam: the paragraph from line " + start
                        + " runs on past line " + scope.from() + " when read again; lines " + start + "–"
                        + (scope.from() - 1) + " stand in two paragraphs"));
                }
                String id = "p" + (++paragraphs);
                paragraphIds.put(p.id(), id);
                Paragraph q = new Paragraph(id, scope.pages().get(p.page()), p.text(), start, end, scope.spans(p.spans()));
                if (start >= scope.again()) {
                    paragraphsAgain.put(key, new Known(id, p.text()));
                }
                pending.add(q, pages.beginningBy(end));
            } else if (start < scope.from()) {
                Known known = paragraphsAgain.get(key);
                if (known != null && known.text().equals(p.text())) {
                    paragraphIds.put(p.id(), known.id());
                }
            }
        }
        Map<String, String> noteIdsHere = new HashMap<>();
        for (Footnote f : e.footnotes()) {
            int start = f.startLine() + scope.lineBase();
            Key key = scope.key(f.startLine(), f.spans());
            if (scope.owns(start, f.endLine() + scope.lineBase())) {
                String id = noteIds.next(f.label());
                noteIdsHere.put(f.id(), id);
                if (start >= scope.again()) {
                    notesAgain.put(key, id);
                }
                commitNote(f, id, scope, paragraphIds, noteIdsHere, issues);
            } else if (start < scope.from() && notesAgain.containsKey(key)) {
                noteIdsHere.put(f.id(), notesAgain.get(key));
            }
        }
        forgetBefore(scope.again());
        return issues;
    }

    private void commitNote(Footnote f, String id, Scope scope, Map<String, String> paragraphIds,
                            Map<String, String> noteIdsHere, List<RestoreIssue> issues) throws IOException {
        int start = f.startLine() + scope.lineBase();
        Marker marker = null;
        if (f.marker() != null) {
            String paragraph = paragraphIds.get(f.marker().paragraph());
            if (paragraph == null) {
                issues.add(new RestoreIssue(start, 1, "footnote " + f.label() + ": its marker (line "
                    + (f.marker().line() + scope.lineBase()) + ") stands in a paragraph committed otherwise at a"
                    + " window seam; left without a marker"));
            } else {
                marker = new Marker(paragraph, f.marker().offset(), f.marker().raw(), f.marker().line() + scope.lineBase());
            }
        }
        List<Citation> citations = new ArrayList<>(f.citations().size());
        for (Citation c : f.citations()) {
            citations.add(c.withIds(id + c.id().substring(f.id().length()), renamed(c.refersTo(), noteIdsHere)));
        }
        Footnote g = new Footnote(id, f.label(), scope.pages().get(f.page()), f.text(), start,
            f.endLine() + scope.lineBase(), marker, citations, scope.spans(f.spans()));
        footnotes++;
        sink.footnote(g);
        if (marker != null) {
            linked++;
            pending.marked(marker.paragraph(), g);
        }
    }

    /** A citation id ({@code fn-12-c1}) with its note's id as committed; null when that note is unknown. */
    private static String renamed(String citation, Map<String, String> noteIdsHere) {
        if (citation == null) {
            return null;
        }
        int cut = citation.lastIndexOf("-c");
        String note = cut < 0 ? null : noteIdsHere.get(citation.substring(0, cut));
        return note == null ? null : note + citation.substring(cut);
    }

    private void forgetBefore(int line) {
        for (Iterator<Key> it = paragraphsAgain.keySet().iterator(); it.hasNext(); ) {
            if (it.next().line() < line) {
                it.remove();
            }
        }
        notesAgain.keySet().removeIf(k -> k.line() < line);
    }

    int paragraphs() {
        return paragraphs;
    }

    int footnotes() {
        return footnotes;
    }

    int linked() {
        return linked;
    }
}
