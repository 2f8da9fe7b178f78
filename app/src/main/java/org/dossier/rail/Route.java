package org.dossier.rail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.LineStatus;

/**
 * The shortest way from one station to another: its length (the sum of its legs), the stations
 * passed (ids), the legs with their lines and controllers, gauge breaks, and notes a reader needs to
 * weigh the answer (how estimates were made, lines left out on the date, gauges not known).
 */
public record Route(String from, String to, double km, List<String> path, List<Leg> legs,
                    List<GaugeBreak> gaugeBreaks, List<String> notes, RouteOptions options) {
    public Route {
        path = List.copyOf(path);
        legs = List.copyOf(legs);
        gaugeBreaks = List.copyOf(gaugeBreaks);
        notes = List.copyOf(notes);
    }

    /** True when any leg's length is an estimate. */
    public boolean estimated() {
        return legs.stream().anyMatch(l -> l.track().isEstimated());
    }

    /** The ids of the lines used, in travel order, each followed by the lines it is part of. */
    public List<String> lines(RailNetwork network) {
        Set<String> ids = new LinkedHashSet<>();
        legs.forEach(l -> ids.addAll(network.lineAndGroups(l.line())));
        return List.copyOf(ids);
    }

    /** True when the route uses any projected or unfinished line. */
    public boolean usesProjected() {
        return legs.stream().anyMatch(l -> l.track().status() != LineStatus.OPEN);
    }
}
