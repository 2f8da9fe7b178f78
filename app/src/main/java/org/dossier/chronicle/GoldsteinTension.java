package org.dossier.chronicle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.regime.Regime;
import org.dossier.time.Edtf;

/**
 * {@link Tension} from the events' Goldstein weights. An event belongs to the pair when one side acts
 * and the other is its target, or both sides act together; an organ, envoy or newspaper of a state
 * ({@code partOf}) acts for it. An event whose date spans more than one period is listed apart.
 */
public final class GoldsteinTension implements Tension {
    private final Regime regime;

    public GoldsteinTension(Regime regime) {
        this.regime = regime;
    }

    public static GoldsteinTension of(DossierPackage pkg) {
        return new GoldsteinTension(Regime.of(pkg));
    }

    @Override
    public TensionSeries series(String a, String b, TensionPeriod by) {
        TreeMap<LocalDate, List<TensionSeries.Scored>> placed = new TreeMap<>();
        List<TensionSeries.Scored> imprecise = new ArrayList<>();
        int unscored = 0;
        for (Event e : regime.pkg().events()) {
            if (!between(e, a, b)) {
                continue;
            }
            if (e.goldstein() == null) {
                unscored++;
                continue;
            }
            TensionSeries.Scored s = new TensionSeries.Scored(e.id(), e.date(), e.goldstein(), e.cameo(), e.action(),
                e.actors(), e.targets(), e.claimedBy(), e.anchor());
            Optional<Edtf> d = regime.date(e.date());
            if (d.isEmpty() || d.get().earliest() == null || d.get().latest() == null
                || !by.start(d.get().earliest()).equals(by.start(d.get().latest()))) {
                imprecise.add(s);
                continue;
            }
            placed.computeIfAbsent(by.start(d.get().earliest()), k -> new ArrayList<>()).add(s);
        }
        return new TensionSeries(List.of(a, b), by.name().toLowerCase(), points(placed, by), imprecise, unscored);
    }

    private static List<TensionSeries.Point> points(TreeMap<LocalDate, List<TensionSeries.Scored>> placed, TensionPeriod by) {
        List<TensionSeries.Point> out = new ArrayList<>();
        if (placed.isEmpty()) {
            return out;
        }
        for (LocalDate p = placed.firstKey(); !p.isAfter(placed.lastKey()); p = by.next(p)) {
            List<TensionSeries.Scored> events = placed.getOrDefault(p, List.of());
            double score = events.stream().mapToDouble(TensionSeries.Scored::goldstein).sum();
            out.add(new TensionSeries.Point(by.label(p), Math.round(score * 100) / 100.0, events));
        }
        return out;
    }

    private boolean between(Event e, String a, String b) {
        // Who acted for whom is judged on the event's earliest possible day (successions matter, not its precision).
        Edtf day = regime.date(e.date()).map(Edtf::earliest).map(d -> Edtf.parse(d.toString()))
            .orElseGet(() -> Edtf.parse(regime.reportDate().orElse("1900/2100")));
        boolean aActs = e.actors().stream().anyMatch(x -> regime.actsFor(x, a, day));
        boolean bActs = e.actors().stream().anyMatch(x -> regime.actsFor(x, b, day));
        boolean aTarget = e.targets().stream().anyMatch(x -> regime.actsFor(x, a, day));
        boolean bTarget = e.targets().stream().anyMatch(x -> regime.actsFor(x, b, day));
        return (aActs && bTarget) || (bActs && aTarget) || (aActs && bActs);
    }
}
