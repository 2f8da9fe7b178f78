package org.dossier.restore.render;

import org.dossier.restore.Edition;
import org.dossier.restore.Metadata;
import org.dossier.restore.Page;
import org.dossier.restore.Stats;

/** Short human-readable accounts of an edition: its metadata and its counts. */
public final class Summary {
    private Summary() {}

    public static String stats(Edition e) {
        Stats s = e.stats();
        return "pages:        " + s.pages() + pageRange(e) + "\n"
            + "paragraphs:   " + s.paragraphs() + "\n"
            + "footnotes:    " + s.footnotes() + " found, " + s.footnotesLinked() + " linked, "
            + s.footnotesOrphaned() + " orphaned; " + s.markersOrphaned() + " unpaired marker(s)\n"
            + "hyphenation:  " + s.hyphenationsJoined() + " joined, " + s.hyphenationsKept() + " kept\n"
            + "corrections:  " + s.corrections() + " proposed\n"
            + "issues:       " + e.issues().size() + " recorded\n";
    }

    public static String metadata(Edition e) {
        Metadata m = e.metadata();
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

    private static String pageRange(Edition e) {
        if (e.pages().isEmpty()) {
            return "";
        }
        Page first = e.pages().get(0);
        Page last = e.pages().get(e.pages().size() - 1);
        long inferred = e.pages().stream().filter(Page::numberInferred).count();
        return " (printed " + first.number() + "–" + last.number() + ", " + inferred + " inferred)";
    }
}
