package org.dossier.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Anchor;
import org.dossier.restore.Edition;
import org.dossier.restore.Paragraph;
import org.dossier.store.FactCatalog;

/**
 * Where the facts' anchors stand in the edition's paragraphs, for the reader to highlight. An
 * anchor is a quote ({@code exact}, with {@code prefix}/{@code suffix} to tell repeats apart) on a
 * printed page; whitespace is compared collapsed. Anchors not found are left out of the reader.
 */
final class Highlights {
    /** The stretch {@code [start, end)} of a paragraph's text quoted by a fact. */
    record Highlight(String paragraph, int start, int end, FactCatalog.Fact fact) {}

    private final Map<String, List<Highlight>> byParagraph;
    private final Map<String, Highlight> firstByFact;

    private Highlights(Map<String, List<Highlight>> byParagraph, Map<String, Highlight> firstByFact) {
        this.byParagraph = byParagraph;
        this.firstByFact = firstByFact;
    }

    static Highlights locate(FactCatalog facts, Edition edition) {
        Map<String, List<Highlight>> byParagraph = new HashMap<>();
        Map<String, Highlight> first = new HashMap<>();
        List<Collapsed> paragraphs = edition.paragraphs().stream().map(Collapsed::of).toList();
        for (FactCatalog.Fact fact : facts.all()) {
            for (Anchor a : fact.anchors()) {
                Highlight h = find(a, fact, paragraphs);
                if (h != null) {
                    byParagraph.computeIfAbsent(h.paragraph(), k -> new ArrayList<>()).add(h);
                    first.putIfAbsent(fact.key(), h);
                }
            }
        }
        return new Highlights(byParagraph, first);
    }

    List<Highlight> in(String paragraphId) {
        return byParagraph.getOrDefault(paragraphId, List.of());
    }

    /** The first passage quoted by a fact, if any anchor of it was found. */
    Highlight first(String factKey) {
        return firstByFact.get(factKey);
    }

    private static Highlight find(Anchor a, FactCatalog.Fact fact, List<Collapsed> paragraphs) {
        if (a.exact() == null || a.exact().isBlank()) {
            return null;
        }
        String exact = collapse(a.exact());
        String before = a.prefix() == null ? "" : collapse(a.prefix());
        String after = a.suffix() == null ? "" : collapse(a.suffix());
        for (Collapsed p : paragraphs) {
            if (a.page() != null && p.paragraph.page() != a.page()) {
                continue;
            }
            for (int at = p.text.indexOf(exact); at >= 0; at = p.text.indexOf(exact, at + 1)) {
                boolean prefixOk = before.isBlank() || p.text.substring(0, at).stripTrailing().endsWith(before.strip());
                boolean suffixOk = after.isBlank()
                    || p.text.substring(at + exact.length()).stripLeading().startsWith(after.strip());
                if (prefixOk && suffixOk) {
                    return new Highlight(p.paragraph.id(), p.original(at), p.original(at + exact.length() - 1) + 1, fact);
                }
            }
        }
        return null;
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** A paragraph's text with whitespace runs collapsed, and where each character came from. */
    private record Collapsed(Paragraph paragraph, String text, int[] origin) {
        static Collapsed of(Paragraph p) {
            StringBuilder b = new StringBuilder();
            int[] origin = new int[p.text().length() + 1];
            boolean space = false;
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space) {
                        origin[b.length()] = i;
                        b.append(' ');
                    }
                    space = true;
                } else {
                    origin[b.length()] = i;
                    b.append(c);
                    space = false;
                }
            }
            return new Collapsed(p, b.toString(), origin);
        }

        int original(int collapsedIndex) {
            return origin[collapsedIndex];
        }
    }

    static List<Highlight> sorted(List<Highlight> hs) {
        List<Highlight> out = new ArrayList<>(hs);
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        return Collections.unmodifiableList(out);
    }
}
