package org.dossier.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Anchor;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.ResolvedAnchor;
import org.dossier.store.FactCatalog;

/**
 * Where the facts' anchors landed in the edition's paragraphs (as the package loader resolved
 * them), for the reader to highlight. Anchors in footnotes are not highlighted.
 */
final class Highlights {
    /** The stretch {@code [start, end)} of a paragraph's text quoted by a fact. */
    record Highlight(String paragraph, int start, int end, FactCatalog.Fact fact) {}

    private final Map<String, List<Highlight>> byParagraph = new HashMap<>();
    private final Map<String, Highlight> firstByFact = new HashMap<>();
    private final Map<String, ResolvedAnchor> byQuote = new HashMap<>();

    private Highlights() {}

    static Highlights of(FactCatalog facts, Dossier dossier) {
        Highlights h = new Highlights();
        for (FactCatalog.Fact fact : facts.all()) {
            for (Anchor a : fact.anchors()) {
                dossier.findAnchor(a).filter(r -> !r.footnote()).ifPresent(r -> h.add(r, fact));
            }
        }
        dossier.anchors().forEach(r -> h.byQuote.putIfAbsent(r.anchor().exact(), r));
        h.byParagraph.values().forEach(list -> list.sort((x, y) -> x.start() != y.start()
            ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end())));
        return h;
    }

    private void add(ResolvedAnchor r, FactCatalog.Fact fact) {
        Highlight hl = new Highlight(r.unit(), r.start(), r.end(), fact);
        byParagraph.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(hl);
        firstByFact.putIfAbsent(fact.key(), hl);
    }

    /** The highlights in a paragraph, by start, longest first. */
    List<Highlight> in(String paragraphId) {
        return byParagraph.getOrDefault(paragraphId, List.of());
    }

    /** Where a quote stands in the edition, as the package's anchors resolved it, or null. */
    ResolvedAnchor quoted(String exact) {
        return exact == null ? null : byQuote.get(exact);
    }

    /** The first passage quoted by a fact, or null when none of its anchors is in a paragraph. */
    Highlight first(String factKey) {
        return firstByFact.get(factKey);
    }
}
