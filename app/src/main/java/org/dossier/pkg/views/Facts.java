package org.dossier.pkg.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Anchor;
import org.dossier.model.Claim;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.Place;
import org.dossier.model.Quantity;
import org.dossier.model.Rate;
import org.dossier.model.Relation;
import org.dossier.model.Source;
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
        return document(dossier, kind, null);
    }

    /** As {@link #document(Dossier, Optional)}, only the items about {@code about} when given. */
    public static Map<String, Object> document(Dossier dossier, Optional<FactKind> kind, String about) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("package", dossier.pkg().manifest().id());
        doc.put("items", of(dossier, kind, about));
        return doc;
    }

    /** Every item of {@code dossier}, or only those of {@code kind} when given, in package order. */
    public static List<FactItem> of(Dossier dossier, Optional<FactKind> kind) {
        return of(dossier, kind, null);
    }

    /**
     * As {@link #of(Dossier, Optional)}, keeping only the items about {@code about} (an id of any
     * kind; null keeps all), as {@link Mentions} reads them.
     */
    public static List<FactItem> of(Dossier dossier, Optional<FactKind> kind, String about) {
        Facts f = new Facts(dossier);
        Mentions mentions = about == null ? null : Mentions.of(dossier.pkg());
        List<FactItem> out = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            if (kind.isEmpty() || kind.get() == k) {
                f.records(k).stream()
                    .filter(r -> mentions == null || mentions.of(r).contains(about))
                    .map(r -> f.item(k, r))
                    .forEach(out::add);
            }
        }
        return out;
    }

    /** One item with the ids it is about: what a store keeps to answer across documents. */
    public record Entry(FactItem item, Set<String> mentions) {
        public Entry {
            mentions = Set.copyOf(mentions);
        }
    }

    /** Every item of {@code dossier} in view order, each with the ids it is about. */
    public static List<Entry> entries(Dossier dossier) {
        Facts f = new Facts(dossier);
        Mentions mentions = Mentions.of(dossier.pkg());
        List<Entry> out = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            for (Object r : f.records(k)) {
                out.add(new Entry(f.item(k, r), mentions.of(r)));
            }
        }
        return out;
    }

    private List<?> records(FactKind kind) {
        DossierPackage p = dossier.pkg();
        return switch (kind) {
            case SOURCE -> p.sources();
            case ACTOR -> p.actors();
            case PLACE -> p.places();
            case LINE -> p.lines();
            case AGREEMENT -> p.agreements();
            case RELATION -> p.relations();
            case EVENT -> p.events();
            case CLAIM -> p.claims();
            case QUANTITY -> p.quantities();
            case RATE -> p.rates();
        };
    }

    private FactItem item(FactKind kind, Object record) {
        return switch (kind) {
            case SOURCE -> source((Source) record);
            case ACTOR -> actor((Actor) record);
            case PLACE -> place((Place) record);
            case LINE -> line((Line) record);
            case AGREEMENT -> agreement((Agreement) record);
            case RELATION -> relation((Relation) record);
            case EVENT -> event((Event) record);
            case CLAIM -> claim((Claim) record);
            case QUANTITY -> quantity((Quantity) record);
            case RATE -> rate((Rate) record);
        };
    }

    private FactItem source(Source s) {
        return item(FactKind.SOURCE, s.id(), s.title(), s.date(), s.anchor(), null);
    }

    private FactItem actor(Actor a) {
        return item(FactKind.ACTOR, a.id(), a.name(), a.from(), first(a.anchors()),
            a.source() != null ? a.source() : sourceOf(a.wikidata()));
    }

    private FactItem agreement(Agreement a) {
        return item(FactKind.AGREEMENT, a.id(), a.name(), a.signed(), first(a.anchors()),
            a.citedIn().isEmpty() ? null : a.citedIn().get(0));
    }

    private FactItem event(Event e) {
        return item(FactKind.EVENT, e.id(), e.action(), e.date(), e.anchor(), first(e.sources()));
    }

    private FactItem claim(Claim c) {
        return item(FactKind.CLAIM, c.id(), c.statement(), c.date(), c.anchor(), first(c.sources()));
    }

    private FactItem quantity(Quantity q) {
        return item(FactKind.QUANTITY, q.id(), Figures.describe(q), q.date(), q.anchor(), null);
    }

    private FactItem rate(Rate r) {
        return item(FactKind.RATE, r.id(), r.name(), r.period(), r.anchor(),
            r.rates().stream().map(Figure::source).filter(s -> s != null).findFirst().orElse(null));
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

}
