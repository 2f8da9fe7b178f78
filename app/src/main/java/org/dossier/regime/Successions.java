package org.dossier.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Relation;
import org.dossier.model.Succession;
import org.dossier.regime.Regime.Heir;
import org.dossier.time.Edtf;

/**
 * Dates the successions of a package once, at load. A dated succession took place on its date. An
 * undated one ("the Nanking government" succeeding the Peking government, which the report never
 * dates) is placed in the window the evidence leaves: after the last dated act of the predecessor
 * and no later than the first dated act of the successor (or the report's own date, since the
 * report tells of the successor). Before that window the predecessor still stands; inside it the
 * successor only may have taken over.
 */
final class Successions {
    private final Regime regime;
    /** Per actor: the latest day it surely still acted (as the earliest bound of its dated acts) and the first day by which it surely existed. */
    private final Map<String, LocalDate> lastSeen = new HashMap<>();
    private final Map<String, LocalDate> firstSeenBy = new HashMap<>();

    Successions(Regime regime) {
        this.regime = regime;
        index();
    }

    /** The heirs of every predecessor, by predecessor id. */
    Map<String, List<Heir>> heirs() {
        Map<String, List<Heir>> out = new HashMap<>();
        for (Actor a : regime.pkg().actors()) {
            for (Succession s : a.succeeds()) {
                out.computeIfAbsent(s.predecessor(), k -> new ArrayList<>()).add(heir(a, s));
            }
        }
        return out;
    }

    private Heir heir(Actor successor, Succession s) {
        Optional<Edtf> date = regime.date(s.date());
        if (date.isPresent()) {
            return new Heir(successor.id(), s, step(successor.id(), s, null), date.get().earliest(), date.get().latest());
        }
        LocalDate earliest = later(plusDay(lastSeen.get(s.predecessor())), regime.date(successor.from()).map(Edtf::earliest).orElse(null));
        LocalDate latest = earlier(firstSeenBy.get(successor.id()),
            earlier(regime.findActor(s.predecessor()).flatMap(p -> regime.date(p.until())).map(u -> plusDay(u.latest())).orElse(null),
                regime.reportDate().flatMap(regime::date).map(Edtf::latest).orElse(null)));
        String window = "the package does not date it; the evidence places it "
            + (earliest == null ? "" : "after " + earliest.minusDays(1) + " (the last dated act of " + s.predecessor() + ")")
            + (earliest != null && latest != null ? " and " : "")
            + (latest == null ? "" : "by " + latest + " (the first dated sign of " + successor.id() + ", or the report)");
        return new Heir(successor.id(), s, step(successor.id(), s, window), earliest, latest);
    }

    private static Basis step(String successor, Succession s, String window) {
        String text = successor + " succeeds " + s.predecessor() + (s.inheritsObligations()
            ? " and takes over its obligations"
            : " without taking over its obligations" + (s.note() == null ? "" : ": " + s.note()))
            + (window == null ? "" : "; " + window);
        return Basis.of("succession", null, null, s.date(), text, s.anchor());
    }

    /** Collects, for every actor, the dated acts that show it existing: events, agreements, claims, relations. */
    private void index() {
        for (Event e : regime.pkg().events()) {
            regime.date(e.date()).ifPresent(d -> {
                e.actors().forEach(a -> seen(a, d));
                e.targets().forEach(a -> seen(a, d));
            });
        }
        for (Agreement a : regime.pkg().agreements()) {
            regime.date(Standings.start(a)).ifPresent(d -> a.parties().forEach(p -> seen(p, d)));
        }
        for (Claim c : regime.pkg().claims()) {
            regime.date(c.date()).ifPresent(d -> seen(c.claimant(), d));
        }
        for (Relation r : regime.pkg().relations()) {
            if (r.subject() != null && regime.findActor(r.subject()).isPresent()) {
                regime.date(r.date()).ifPresent(d -> seen(r.subject(), d));
            }
        }
    }

    private void seen(String actor, Edtf d) {
        if (actor == null) {
            return;
        }
        if (d.earliest() != null) {
            lastSeen.merge(actor, d.earliest(), Successions::later);
        }
        if (d.latest() != null) {
            firstSeenBy.merge(actor, d.latest(), Successions::earlier);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate plusDay(LocalDate d) {
        return d == null ? null : d.plusDays(1);
    }
}
