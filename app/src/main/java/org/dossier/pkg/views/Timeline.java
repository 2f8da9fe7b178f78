package org.dossier.pkg.views;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Event;
import org.dossier.model.ProvisionRef;
import org.dossier.pkg.CameoCode;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.ResolvedAnchor;
import org.dossier.time.Edtf;

/**
 * Builds the {@code timeline} view: events in the order they happened. Events are ordered by the
 * earliest day they can mean, then the latest, then package order, so "late in May" comes after
 * "May 21" and before "June". An event known only as "by" a day ({@code ../1932-01-28}) has no
 * earliest day and is placed by its latest one, where the report narrates it.
 */
public final class Timeline {
    private Timeline() {}

    /** The JSON document of the view: {@code package} (its id) and {@code events}. */
    public static Map<String, Object> document(Dossier dossier, TimelineQuery query) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("package", dossier.pkg().manifest().id());
        doc.put("events", of(dossier, query));
        return doc;
    }

    public static List<TimelineEvent> of(Dossier dossier, TimelineQuery query) {
        Comparator<Dated> order = Comparator
            .comparing((Dated d) -> d.date.earliest() != null ? d.date.earliest() : d.date.latest(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.date.latest(), Comparator.nullsLast(Comparator.naturalOrder()));
        Mentions mentions = query.about() == null ? null : Mentions.of(dossier.pkg());
        return dossier.pkg().events().stream()
            .map(e -> new Dated(e, Edtf.parse(e.date())))
            .filter(d -> within(d.date, query.from(), query.to()))
            .filter(d -> query.actor() == null || involves(d.event, query.actor()))
            .filter(d -> mentions == null || mentions.of(d.event).contains(query.about()))
            .sorted(order)
            .map(d -> view(dossier, d.event, d.date))
            .toList();
    }

    private record Dated(Event event, Edtf date) {}

    private static boolean within(Edtf date, LocalDate from, LocalDate to) {
        boolean afterFrom = from == null || date.latest() == null || !date.latest().isBefore(from);
        boolean beforeTo = to == null || date.earliest() == null || !date.earliest().isAfter(to);
        return afterFrom && beforeTo;
    }

    private static boolean involves(Event e, String actor) {
        return e.actors().contains(actor) || e.targets().contains(actor) || actor.equals(e.claimedBy());
    }

    private static TimelineEvent view(Dossier dossier, Event e, Edtf date) {
        Double weight = e.goldstein() != null ? e.goldstein()
            : dossier.cameo().find(e.cameo()).map(CameoCode::goldstein).orElse(null);
        Integer page = e.anchor() == null ? null
            : dossier.findAnchor(e.anchor()).map(ResolvedAnchor::page).orElse(e.anchor().page());
        return new TimelineEvent(e.id(), e.date(),
            date.earliest() == null ? null : date.earliest().toString(),
            date.latest() == null ? null : date.latest().toString(),
            e.actors(), e.targets(), e.action(), e.cameo(), weight,
            e.place(), page, AnchorView.of(e.anchor()), e.claimedBy(),
            e.provisions().stream().map(ProvisionRef::provision).toList(), e.sources());
    }
}
