package org.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Marker;
import org.dossier.restore.Paragraph;
import org.dossier.store.StoredDocument;

/**
 * The reader: the restored edition page by page, footnote markers linked to their notes (shown as
 * popovers by the script, and at the foot of their page), the facts' quotes highlighted and
 * linked to their records, and a button beside each paragraph to show its raw OCR lines.
 */
final class ReaderPage {
    private ReaderPage() {}

    static String render(StoredDocument doc, Highlights highlights) {
        Edition e = doc.edition();
        String slug = doc.summary().slug();
        Html h = new Html();
        h.open("article", "class", "reader", "data-document", slug);
        h.el("h1", title(doc));
        if (e.metadata() != null) {
            h.el("p", byline(e), "class", "byline");
        }
        Map<String, List<Footnote>> notesByPage = new LinkedHashMap<>();
        Map<String, List<Marker>> markers = new LinkedHashMap<>();
        for (Footnote f : e.footnotes()) {
            notesByPage.computeIfAbsent(String.valueOf(f.page()), k -> new ArrayList<>()).add(f);
            if (f.marker() != null) {
                markers.computeIfAbsent(f.marker().paragraph(), k -> new ArrayList<>()).add(f.marker());
            }
        }
        Map<Marker, Footnote> noteOf = new LinkedHashMap<>();
        e.footnotes().stream().filter(f -> f.marker() != null).forEach(f -> noteOf.put(f.marker(), f));
        Integer page = null;
        for (Paragraph p : e.paragraphs()) {
            if (page == null || p.page() != page) {
                if (page != null) {
                    footnotes(h, notesByPage.remove(String.valueOf(page)));
                }
                page = p.page();
                pageMarker(h, e, page);
            }
            paragraph(h, slug, p, markers.getOrDefault(p.id(), List.of()), noteOf, highlights);
        }
        if (page != null) {
            footnotes(h, notesByPage.remove(String.valueOf(page)));
        }
        for (List<Footnote> rest : notesByPage.values()) {
            footnotes(h, rest);
        }
        h.close("article");
        h.open("div", "id", "popover", "class", "popover", "role", "tooltip", "hidden", "hidden").close("div");
        return Layout.page(title(doc), "Reader", h, "reader.js");
    }

    static String title(StoredDocument doc) {
        String t = doc.summary().title();
        return t == null || t.isBlank() ? doc.summary().fileName() : t;
    }

    private static String byline(Edition e) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {e.metadata().author(), e.metadata().series(), e.metadata().date()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private static void pageMarker(Html h, Edition e, int number) {
        boolean inferred = e.pages().stream().anyMatch(pg -> pg.number() == number && pg.numberInferred());
        h.el("h2", "Page " + number + (inferred ? " (number inferred)" : ""), "class", "page-marker",
            "id", "page-" + number);
    }

    private static void paragraph(Html h, String slug, Paragraph p, List<Marker> markers,
                                  Map<Marker, Footnote> noteOf, Highlights highlights) {
        h.open("div", "class", "para");
        h.open("p", "id", "para-" + p.id(), "data-lines", p.startLine() + "-" + p.endLine());
        body(h, slug, p, markers, noteOf, highlights == null ? List.of() : highlights.in(p.id()));
        h.close("p");
        h.el("button", "OCR", "type", "button", "class", "raw-toggle", "aria-expanded", "false",
            "title", "Show the raw OCR lines " + p.startLine() + "–" + p.endLine(),
            "data-raw", "/raw/" + slug + "/" + p.startLine() + "-" + p.endLine());
        h.close("div");
    }

    /** The paragraph's text cut at every highlight boundary and marker, each piece escaped. */
    private static void body(Html h, String slug, Paragraph p, List<Marker> markers, Map<Marker, Footnote> noteOf,
                             List<Highlights.Highlight> highlights) {
        String text = p.text();
        List<Highlights.Highlight> kept = new ArrayList<>();
        int reach = 0;
        for (Highlights.Highlight hl : highlights) {
            if (hl.start() >= reach && hl.end() <= text.length()) {
                kept.add(hl);
                reach = hl.end();
            }
        }
        boolean[] hidden = new boolean[text.length()];
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Marker m : markers) {
            int at = Math.max(0, Math.min(text.length(), m.offset()));
            cuts.add(at);
            if (m.raw() != null && text.startsWith(m.raw(), at)) {
                for (int i = at; i < at + m.raw().length(); i++) {
                    hidden[i] = true;
                }
                cuts.add(at + m.raw().length());
            }
        }
        kept.forEach(hl -> {
            cuts.add(hl.start());
            cuts.add(hl.end());
        });
        Set<String> idsGiven = new HashSet<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                piece(h, text, prev, cut, hidden, covering(kept, prev), idsGiven, slug);
            }
            for (Marker m : markers) {
                if (Math.max(0, Math.min(text.length(), m.offset())) == cut) {
                    Footnote f = noteOf.get(m);
                    h.open("sup").el("a", f.label(), "href", "#note-" + f.id(), "class", "fn-ref",
                        "data-note", "note-" + f.id(), "id", "ref-" + f.id()).close("sup");
                }
            }
            prev = cut;
        }
    }

    private static void piece(Html h, String text, int from, int to, boolean[] hidden, Highlights.Highlight hl,
                              Set<String> idsGiven, String slug) {
        if (hidden[from]) {
            return;
        }
        String s = text.substring(from, to);
        if (hl == null) {
            h.text(s);
            return;
        }
        String key = hl.fact().key();
        String id = idsGiven.add(key) ? "fact-" + key.replace('/', '-').replace('#', '-') : null;
        h.el("a", s, "class", "fact fact-" + hl.fact().kind(), "href", FactPage.href(slug, hl.fact()),
            "title", hl.fact().kind() + ": " + hl.fact().label(), "id", id);
    }

    private static Highlights.Highlight covering(List<Highlights.Highlight> kept, int at) {
        for (Highlights.Highlight hl : kept) {
            if (hl.start() <= at && at < hl.end()) {
                return hl;
            }
        }
        return null;
    }

    private static void footnotes(Html h, List<Footnote> notes) {
        if (notes == null || notes.isEmpty()) {
            return;
        }
        h.open("aside", "class", "footnotes").open("ol");
        for (Footnote f : notes) {
            h.open("li", "id", "note-" + f.id());
            h.el("span", f.label(), "class", "label");
            h.el("span", f.text(), "class", "note-text");
            if (f.marker() != null) {
                h.el("a", "↩", "href", "#ref-" + f.id(), "class", "back", "title", "back to the text");
            }
            h.close("li");
        }
        h.close("ol").close("aside");
    }
}
