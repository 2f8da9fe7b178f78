package org.dossier.pkg.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.model.Anchor;
import org.dossier.model.DossierPackage;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.Place;
import org.dossier.model.Relation;
import org.dossier.model.Sourced;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.EnumLabels;
import org.dossier.pkg.ResolvedAnchor;

/** Builds the {@code facts} view of a package: one {@link FactItem} per item, kind by kind. */
public final class Facts {
    private final Dossier dossier;

    private Facts(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The JSON document of the view: {@code package} (its id) and {@code items}. */
    public static Map<String, Object> document(Dossier dossier, Optional<FactKind> kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("package", dossier.pkg().manifest().id());
        doc.put("items", of(dossier, kind));
        return doc;
    }

    /** Every item of {@code dossier}, or only those of {@code kind} when given, in package order. */
    public static List<FactItem> of(Dossier dossier, Optional<FactKind> kind) {
        Facts f = new Facts(dossier);
        List<FactItem> out = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            if (kind.isEmpty() || kind.get() == k) {
                out.addAll(f.items(k));
            }
        }
        return out;
    }

    private List<FactItem> items(FactKind kind) {
        DossierPackage p = dossier.pkg();
        return switch (kind) {
            case SOURCE -> map(p.sources(), s -> item(kind, s.id(), s.title(), s.date(), s.anchor(), null));
            case ACTOR -> map(p.actors(), a -> item(kind, a.id(), a.name(), a.from(), first(a.anchors()),
                a.source() != null ? a.source() : sourceOf(a.wikidata())));
            case PLACE -> map(p.places(), this::place);
            case LINE -> map(p.lines(), this::line);
            case AGREEMENT -> map(p.agreements(), a -> item(kind, a.id(), a.name(), a.signed(), first(a.anchors()),
                a.citedIn().isEmpty() ? null : a.citedIn().get(0)));
            case RELATION -> map(p.relations(), this::relation);
            case EVENT -> map(p.events(), e -> item(kind, e.id(), e.action(), e.date(), e.anchor(), first(e.sources())));
            case CLAIM -> map(p.claims(), c -> item(kind, c.id(), c.statement(), c.date(), c.anchor(),
                first(c.sources())));
            case QUANTITY -> map(p.quantities(), q -> item(kind, q.id(), Figures.describe(q), q.date(), q.anchor(),
                null));
            case RATE -> map(p.rates(), r -> item(kind, r.id(), r.name(), r.period(), r.anchor(),
                r.rates().stream().map(Figure::source).filter(s -> s != null).findFirst().orElse(null)));
        };
    }

    private FactItem place(Place pl) {
        String source = pl.source() != null ? pl.source()
            : pl.coordinates() != null ? pl.coordinates().source() : sourceOf(pl.wikidata());
        return item(FactKind.PLACE, pl.id(), pl.name(), null, first(pl.anchors()), source);
    }

    private FactItem line(Line l) {
        String source = l.source() != null ? l.source()
            : l.lengthKm() != null ? l.lengthKm().source() : sourceOf(l.opened());
        return item(FactKind.LINE, l.id(), l.name(), null, first(l.anchors()), source);
    }

    private FactItem relation(Relation r) {
        String name = r.subject() + " " + (r.type() == null ? "?" : EnumLabels.of(r.type()))
            + " " + r.object();
        String id = r.id() != null ? r.id() : name;
        return item(FactKind.RELATION, id, name, r.date(), r.anchor(), null);
    }

    /** An item's view; the source is kept only when the report does not state it (no anchor). */
    private FactItem item(FactKind kind, String id, String name, String date, Anchor anchor, String source) {
        Integer page = anchor == null ? null
            : dossier.findAnchor(anchor).map(ResolvedAnchor::page).orElse(anchor.page());
        return new FactItem(kind, id, name, date, page, AnchorView.of(anchor), anchor == null ? source : null);
    }

    private static String sourceOf(Sourced s) {
        return s == null ? null : s.source();
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static <T> List<FactItem> map(List<T> items, Function<T, FactItem> f) {
        return items.stream().map(f).toList();
    }

}
