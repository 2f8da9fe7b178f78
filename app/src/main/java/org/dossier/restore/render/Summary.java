package org.dossier.restore.render;

import java.io.IOException;
import java.util.List;
import org.dossier.restore.Correction;
import org.dossier.restore.Edition;
import org.dossier.restore.EditionSink;
import org.dossier.restore.Footnote;
import org.dossier.restore.Hyphenation;
import org.dossier.restore.Paragraph;
import org.dossier.restore.RestoreIssue;
import org.dossier.restore.Metadata;
import org.dossier.restore.Page;
import org.dossier.restore.Stats;

/** Short human-readable accounts of an edition: its metadata and its counts. */
public final class Summary {
    private Summary() {}

    public static String stats(Edition e) {
        List<Page> pages = e.pages();
        return stats(e.stats(), pages.isEmpty() ? null : pages.get(0), pages.isEmpty() ? null : pages.get(pages.size() - 1),
            pages.stream().filter(Page::numberInferred).count(), e.issues().size());
    }

    private static String stats(Stats s, Page first, Page last, long inferred, long issues) {
        return "pages:        " + s.pages() + pageRange(first, last, inferred) + "\n"
            + "paragraphs:   " + s.paragraphs() + "\n"
            + "footnotes:    " + s.footnotes() + " found, " + s.footnotesLinked() + " linked, "
            + s.footnotesOrphaned() + " orphaned; " + s.markersOrphaned() + " unpaired marker(s)\n"
            + "hyphenation:  " + s.hyphenationsJoined() + " joined, " + s.hyphenationsKept() + " kept\n"
            + "corrections:  " + s.corrections() + " proposed\n"
            + "issues:       " + issues + " recorded\n";
    }

    public static String metadata(Edition e) {
        return metadata(e.metadata());
    }

    public static String metadata(Metadata m) {
        StringBuilder b = new StringBuilder();
        line(b, "title", m.title());
        line(b, "author", m.author());
        line(b, "series", m.series());
        line(b, "volume", m.volume());
        line(b, "number", m.number());
        line(b, "date", m.date());
        line(b, "publisher", m.publisher());
        line(b, "price", m.price());
        return b.toString();
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(String.format("%-13s %s%n", name + ":", value == null ? "(not found)" : value));
    }

    private static String pageRange(Page first, Page last, long inferred) {
        if (first == null) {
            return "";
        }
        return " (printed " + first.number() + "–" + last.number() + ", " + inferred + " inferred)";
    }

    /**
     * Passes a streamed edition on to another sink and keeps what {@link #stats(Edition)} prints,
     * so that a paged restoration can be summed up without holding its edition.
     */
    public static final class Counter implements EditionSink {
        private final EditionSink next;
        private Metadata metadata;
        private Page first;
        private Page last;
        private long inferred;
        private long issues;
        private Stats stats;

        public Counter(EditionSink next) {
            this.next = next;
        }

        /** The summary, once the edition is finished. */
        public String stats() {
            return Summary.stats(stats, first, last, inferred, issues);
        }

        /** The metadata, once the first window is restored. */
        public Metadata metadata() {
            return metadata;
        }

        @Override
        public void metadata(Metadata m) throws IOException {
            metadata = m;
            next.metadata(m);
        }

        @Override
        public void page(Page p) throws IOException {
            first = first == null ? p : first;
            last = p;
            inferred += p.numberInferred() ? 1 : 0;
            next.page(p);
        }

        @Override
        public void paragraph(Paragraph p, List<Page> beginning, List<Footnote> marked) throws IOException {
            next.paragraph(p, beginning, marked);
        }

        @Override
        public void footnote(Footnote f) throws IOException {
            next.footnote(f);
        }

        @Override
        public void hyphenation(Hyphenation h) throws IOException {
            next.hyphenation(h);
        }

        @Override
        public void correction(Correction c) throws IOException {
            next.correction(c);
        }

        @Override
        public void issue(RestoreIssue i) throws IOException {
            issues++;
            next.issue(i);
        }

        @Override
        public void finish(Stats s, String sourceSha256) throws IOException {
            stats = s;
            next.finish(s, sourceSha256);
        }
    }
}
