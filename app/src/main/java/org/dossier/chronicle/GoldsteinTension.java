package org.dossier.chronicle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.model.Attribution;
import org.dossier.model.AttributionKind;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.regime.Regime;
import org.dossier.time.Edtf;

/**
 * {@link Tension} from the events' Goldstein weights. An event belongs to the pair when one side acts
 * and the other is its target, or both sides act together; an organ, envoy or newspaper of a state
 * ({@code partOf}) acts for it. Failing that, an event belongs to the pair by attribution when its
 * attributions (an instigator or principal on the acting side, the party aimed at on the other) make
 * it so; those are counted or left out as the options say, and always marked. An event whose date
 * spans more than one period is listed apart.
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
    public TensionSeries series(String a, String b, TensionPeriod by, TensionOptions options) {
        TreeMap<LocalDate, List<TensionSeries.Scored>> placed = new TreeMap<>();
        List<TensionSeries.Scored> imprecise = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int unscored = 0;
        for (Event e : regime.pkg().events()) {
            Optional<List<TensionSeries.Via>> via = pairing(e, a, b);
            Optional<Edtf> d = regime.date(e.date());
            if (via.isEmpty() || !overlaps(d, options)) {
                continue;
            }
            if (!via.get().isEmpty() && !options.attributed()) {
                leftOut.add(e.id());
                continue;
            }
            if (e.goldstein() == null) {
                unscored++;
                continue;
            }
            TensionSeries.Scored s = new TensionSeries.Scored(e.id(), e.date(), e.goldstein(), e.cameo(), e.action(),
                e.actors(), e.targets(), e.claimedBy(), e.anchor(), via.get());
            if (d.isEmpty() || d.get().earliest() == null || d.get().latest() == null
                || !by.start(d.get().earliest()).equals(by.start(d.get().latest()))) {
                imprecise.add(s);
                continue;
            }
            LocalDate period = by.start(d.get().earliest());
            if (within(period, by, options)) {
                placed.computeIfAbsent(period, k -> new ArrayList<>()).add(s);
            }
        }
        return new TensionSeries(List.of(a, b), by.name().toLowerCase(), text(options.from()), text(options.to()),
            options.attributed(), points(placed, by, options), imprecise, unscored, leftOut);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Whether the event's date may fall within the bounds (an open or unknown date may). */
    private static boolean overlaps(Optional<Edtf> d, TensionOptions o) {
        if (d.isEmpty()) {
            return o.from() == null && o.to() == null;
        }
        LocalDate earliest = d.get().earliest();
        LocalDate latest = d.get().latest();
        return (o.from() == null || latest == null || !latest.isBefore(o.from()))
            && (o.to() == null || earliest == null || !earliest.isAfter(o.to()));
    }

    private static boolean within(LocalDate period, TensionPeriod by, TensionOptions o) {
        return (o.from() == null || !period.isBefore(by.start(o.from())))
            && (o.to() == null || !period.isAfter(by.start(o.to())));
    }

    private static List<TensionSeries.Point> points(TreeMap<LocalDate, List<TensionSeries.Scored>> placed,
                                                   TensionPeriod by, TensionOptions o) {
        List<TensionSeries.Point> out = new ArrayList<>();
        LocalDate first = o.from() != null ? by.start(o.from()) : placed.isEmpty() ? null : placed.firstKey();
        LocalDate last = o.to() != null ? by.start(o.to()) : placed.isEmpty() ? null : placed.lastKey();
        if (first == null || last == null) {
            return out;
        }
        for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
            List<TensionSeries.Scored> events = placed.getOrDefault(p, List.of());
            double direct = sum(events, false);
            double attributed = sum(events, true);
            out.add(new TensionSeries.Point(by.label(p), round(direct + attributed), round(direct), round(attributed), events));
        }
        return out;
    }

    private static double sum(List<TensionSeries.Scored> events, boolean attributed) {
        return events.stream().filter(s -> s.attributed() == attributed).mapToDouble(TensionSeries.Scored::goldstein).sum();
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /**
     * Empty when the event is not the pair's; an empty list when its own actors and targets make it so;
     * otherwise the attributions that do.
     */
    private Optional<List<TensionSeries.Via>> pairing(Event e, String a, String b) {
        // Who acted for whom is judged on the event's earliest possible day (successions matter, not its precision).
        Edtf day = regime.date(e.date()).map(Edtf::earliest).map(d -> Edtf.parse(d.toString()))
            .orElseGet(() -> Edtf.parse(regime.reportDate().orElse("1900/2100")));
        Sides own = new Sides(e.actors(), e.targets());
        if (own.pair(a, b, day, regime)) {
            return Optional.of(List.of());
        }
        List<String> acting = new ArrayList<>(e.actors());
        List<String> aimedAt = new ArrayList<>(e.targets());
        List<TensionSeries.Via> used = new ArrayList<>();
        for (Attribution t : e.attributed()) {
            boolean target = t.kind() == AttributionKind.AIMED_AT;
            (target ? aimedAt : acting).add(t.actor());
            if (regime.actsFor(t.actor(), a, day) || regime.actsFor(t.actor(), b, day)) {
                used.add(new TensionSeries.Via(t.actor(), t.kind(), target ? "target" : "actor", t.claimedBy(), t.anchor()));
            }
        }
        return new Sides(acting, aimedAt).pair(a, b, day, regime) ? Optional.of(used) : Optional.empty();
    }

    /** The acting and target sides of an event. */
    private record Sides(List<String> actors, List<String> targets) {
        boolean pair(String a, String b, Edtf day, Regime regime) {
            boolean aActs = actors.stream().anyMatch(x -> regime.actsFor(x, a, day));
            boolean bActs = actors.stream().anyMatch(x -> regime.actsFor(x, b, day));
            boolean aTarget = targets.stream().anyMatch(x -> regime.actsFor(x, a, day));
            boolean bTarget = targets.stream().anyMatch(x -> regime.actsFor(x, b, day));
            return (aActs && bTarget) || (bActs && aTarget) || (aActs && bActs);
        }
    }
}
