package org.dossier.restore;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Committed paragraphs waiting for the notes marked in them: a note committed by the next window
 * may have its marker in a paragraph of the pages read again. A paragraph is handed over, in
 * order, once it ends before the lines the next window begins with.
 */
final class PendingParagraphs {
    private record Entry(Paragraph paragraph, List<Page> pages, List<Footnote> notes) {}

    private final EditionSink sink;
    private final Deque<Entry> queue = new ArrayDeque<>();
    private final Map<String, Entry> byId = new HashMap<>();

    PendingParagraphs(EditionSink sink) {
        this.sink = sink;
    }

    void add(Paragraph p, List<Page> pagesBeginning) {
        Entry e = new Entry(p, pagesBeginning, new ArrayList<>());
        queue.addLast(e);
        byId.put(p.id(), e);
    }

    /** Records that {@code note}'s marker stands in paragraph {@code id}, if it is still waiting. */
    void marked(String id, Footnote note) {
        Entry e = byId.get(id);
        if (e != null) {
            e.notes().add(note);
        }
    }

    /** Hands over the paragraphs, in order, that end before global line {@code line}. */
    void settleBefore(int line) throws IOException {
        while (!queue.isEmpty() && queue.peekFirst().paragraph().endLine() < line) {
            handOver(queue.pollFirst());
        }
    }

    void settleAll() throws IOException {
        while (!queue.isEmpty()) {
            handOver(queue.pollFirst());
        }
    }

    private void handOver(Entry e) throws IOException {
        byId.remove(e.paragraph().id());
        sink.paragraph(e.paragraph(), e.pages(), e.notes());
    }
}
