package org.dossier.rail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.GraphPath;

/** Turns a JGraphT path into a {@link Route}: legs in travel order, controllers, gauge breaks and notes. */
final class RouteAssembler {
    private RouteAssembler() {}

    static Route assemble(RailNetwork network, GraphPath<String, Track> path, RouteOptions options, Openings openings) {
        // Copied: JGraphT may hand back linked lists, and legs are read by index.
        List<String> stations = new ArrayList<>(path.getVertexList());
        List<Track> edges = new ArrayList<>(path.getEdgeList());
        List<Leg> legs = new ArrayList<>(edges.size());
        double km = 0;
        for (int k = 0; k < edges.size(); k++) {
            Track t = edges.get(k);
            legs.add(new Leg(stations.get(k), stations.get(k + 1), t, network.controls().controllersOf(t, options.date())));
            km += t.km();
        }
        List<GaugeBreak> breaks = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (int k = 1; k < legs.size(); k++) {
            Leg a = legs.get(k - 1);
            Leg b = legs.get(k);
            Integer ga = a.track().gaugeMm();
            Integer gb = b.track().gaugeMm();
            if (ga != null && gb != null && !ga.equals(gb)) {
                breaks.add(new GaugeBreak(b.from(), a.line(), ga, b.line(), gb));
            } else if ((ga == null || gb == null) && !a.line().equals(b.line())) {
                notes.add("gauge of " + (ga == null ? a.line() : b.line()) + " is not given: whether the gauge breaks at "
                    + b.from() + " is unknown");
            }
        }
        if (legs.stream().anyMatch(l -> l.track().basis() == LengthBasis.DERIVED)) {
            notes.add("some lengths are derived from other sourced figures, not stated by a source (marked estimated, "
                + "each note says from which figures)");
        }
        if (legs.stream().anyMatch(l -> l.track().basis() == LengthBasis.ESTIMATED)) {
            notes.add("some lengths are estimated from coordinates (marked estimated, each note says how); detour "
                + network.detourFactor().basis());
        }
        if (options.limitsProjected()) {
            notes.add("of the projected lines only " + String.join(", ", options.projectedLines().stream().sorted().toList())
                + " may be used");
        }
        notes.addAll(unmeasured(network, stations));
        if (options.date() != null) {
            notes.addAll(openings.notes(legs, options.date()));
        }
        return new Route(stations.get(0), stations.get(stations.size() - 1), km, stations, legs, breaks,
            List.copyOf(notes), options);
    }

    /** Sections of unknown length at the route's stations: a shorter way over them cannot be ruled out. */
    private static List<String> unmeasured(RailNetwork network, List<String> stations) {
        Set<String> on = Set.copyOf(stations);
        return network.unknownTracks().stream()
            .filter(t -> on.contains(t.from()) || on.contains(t.to()))
            .map(t -> "section " + t.from() + "–" + t.to() + " of " + t.line()
                + " has no known length and was not routed over")
            .filter(Objects::nonNull)
            .toList();
    }
}
