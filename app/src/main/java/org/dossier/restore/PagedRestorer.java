package org.dossier.restore;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;

/**
 * Restores a text too large to hold, window by window, with a heap that does not grow with the
 * input. The text is read as a stream of lines; a window of about {@code windowChars} characters
 * is restored with {@link Restorer}; what it restored whole is committed to an
 * {@link EditionSink} with offsets into the whole text, and the next window begins a page or two
 * before the first line not yet committed ({@link WindowCut}), so that a paragraph or note cut by
 * a window's end is restored again whole, and a note finds its marker on the page before.
 *
 * <p>A text that fits in one window gives exactly the edition {@link Restorer#restore} gives.
 * Otherwise each window is restored on its own evidence: the document's own spellings that weigh
 * on hyphenation, the column width, the page numbering's votes and the {@code Ibid.} chain are
 * each window's, and metadata is read from the first window.
 */
public final class PagedRestorer {
    /** 2 MB of text a window (2^20 characters a MB, as the CLI's {@code --window}): a restoration's heap is about ten times its text. */
    public static final int DEFAULT_WINDOW_CHARS = 2 << 20;
    private final Restorer restorer;
    private final int windowChars;

    private PagedRestorer(Restorer restorer, int windowChars) {
        this.restorer = restorer;
        this.windowChars = windowChars;
    }

    public static PagedRestorer standard() {
        return withWindow(DEFAULT_WINDOW_CHARS);
    }

    /** A restorer whose windows hold at least {@code windowChars} characters (whole lines). */
    public static PagedRestorer withWindow(int windowChars) {
        if (windowChars < 1) {
            throw new IllegalArgumentException("window must hold at least one character, not " + windowChars);
        }
        return new PagedRestorer(Restorer.standard(), windowChars);
    }

    /** Restores the text read from {@code raw} (line ends as {@link RawText} leaves them) into {@code sink}. */
    public void restore(Reader raw, EditionSink sink) throws IOException {
        RawLines lines = new RawLines(raw);
        SourceDigest digest = new SourceDigest();
        Window window = new Window();
        Run run = new Run(sink);
        boolean first = true;
        boolean last = false;
        while (!last) {
            last = window.fill(lines, windowChars, digest);
            if (!first && window.isBlank()) {
                run.skip(window); // blank lines between pages: nothing to restore
            } else {
                Edition e = restorer.restore(window.text(), !first);
                if (first) {
                    sink.metadata(e.metadata());
                }
                run.commit(e, window, last);
            }
            first = false;
        }
        run.finish(window.firstLine() - 1 + window.lineCount(), digest.hex());
    }

    /** One restoration's state across its windows: what is committed, and where the next window begins. */
    private static final class Run {
        private final EditionSink sink;
        private final PendingParagraphs pending;
        private final PagesLedger pages;
        private final UnitsLedger units;
        private final Tally tally = new Tally();
        /** The first global line whose units no window has committed yet. */
        private int owned = 1;
        /** Whether the window begins inside the last page committed. */
        private boolean continues;

        Run(EditionSink sink) {
            this.sink = sink;
            this.pending = new PendingParagraphs(sink);
            this.pages = new PagesLedger(sink);
            this.units = new UnitsLedger(sink, pending);
        }

        void skip(Window window) {
            owned = window.firstLine() + window.lineCount();
            window.dropBefore(window.lineCount() + 1);
            continues = true;
        }

        /** Commits what the window restored whole, and drops the lines the next window need not read. */
        void commit(Edition e, Window window, boolean last) throws IOException {
            int lineBase = window.firstLine() - 1;
            WindowCut cut = last ? WindowCut.all(window.lineCount()) : WindowCut.of(e, window.lineCount(), owned - lineBase);
            int to = last ? Integer.MAX_VALUE : cut.owned() + lineBase;
            int again = cut.restart() + lineBase;
            Map<Integer, Integer> numbers = pages.commit(e.pages(), lineBase, owned, to, continues);
            List<RestoreIssue> seams = units.commit(e,
                new UnitsLedger.Scope(lineBase, window.charBase(), owned, to, again, numbers), pages);
            tally.commitRest(e, lineBase, window.charBase(), owned, to, sink);
            for (RestoreIssue i : seams) {
                sink.issue(i);
            }
            if (cut.hard()) {
                sink.issue(new RestoreIssue(to, 1, "window boundary at line " + to + ": a paragraph or note"
                    + " runs through a whole window and is cut here"));
            }
            tally.markersOrphaned += e.stats().markersOrphaned();
            owned = to;
            pages.forgetBefore(again);
            pending.settleBefore(again);
            if (!last) {
                window.dropBefore(cut.restart());
                continues = !cut.pageStart();
            }
        }

        void finish(int lastLine, String sourceSha256) throws IOException {
            pages.finish(lastLine);
            pending.settleAll();
            sink.finish(tally.stats(pages, units), sourceSha256);
        }
    }

    /** Counts, and the decisions, corrections and issues committed by line. */
    private static final class Tally {
        int joined;
        int kept;
        int corrections;
        int markersOrphaned;

        void commitRest(Edition e, int lineBase, int charBase, int from, int to, EditionSink sink) throws IOException {
            for (Hyphenation h : e.hyphenation()) {
                int line = h.line() + lineBase;
                if (line >= from && line < to) {
                    sink.hyphenation(new Hyphenation(line, h.left(), h.right(), h.joined(), h.kept(), h.evidence()));
                    if (h.kept()) {
                        kept++;
                    } else {
                        joined++;
                    }
                }
            }
            for (Correction c : e.corrections()) {
                int line = c.line() + lineBase;
                if (line >= from && line < to) {
                    sink.correction(new Correction(line, c.rawOffset() + charBase, c.original(), c.proposed(), c.evidence()));
                    corrections++;
                }
            }
            for (RestoreIssue i : e.issues()) {
                int line = i.line() + lineBase;
                if (line >= from && line < to) {
                    // a message naming its own line ("… from line 57 …") is renumbered with it
                    String message = i.message().replace("line " + i.line() + " ", "line " + line + " ");
                    sink.issue(new RestoreIssue(line, i.column(), message));
                }
            }
        }

        Stats stats(PagesLedger pages, UnitsLedger units) {
            return new Stats(pages.count(), units.paragraphs(), units.footnotes(), units.linked(),
                units.footnotes() - units.linked(), markersOrphaned, joined, kept, corrections);
        }
    }
}
