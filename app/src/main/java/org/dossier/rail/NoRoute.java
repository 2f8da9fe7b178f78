package org.dossier.rail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Why no route joins two stations: either no tracks join them at all under the options, or they are
 * joined only over sections of unknown length ({@code unknownSections}, along the way with the fewest
 * sections), which the package would need a length for, or coordinates of {@code missingCoordinates}.
 */
public record NoRoute(String from, String to, String reason, List<Track> unknownSections,
                      List<String> missingCoordinates) {
    public NoRoute {
        unknownSections = List.copyOf(unknownSections);
        missingCoordinates = List.copyOf(missingCoordinates);
    }

    /** Explains why {@code from} and {@code to} have no route under {@code options}. */
    public static NoRoute explain(RailNetwork network, String from, String to, RouteOptions options) {
        Objects.requireNonNull(options, "options");
        Openings openings = new Openings(network, options.date());
        Graph<String, Track> g = new MaskSubgraph<>(network.topology(), v -> false,
            t -> !options.admits(t) || !openings.keep().test(t));
        GraphPath<String, Track> path = new BFSShortestPath<>(g).getPath(from, to);
        if (path == null) {
            String hint = (!options.withProjected() || options.limitsProjected()) && new BFSShortestPath<>(network.topology()).getPath(from, to) != null
                ? " (projected lines or lines not yet open on the date would join them)" : "";
            return new NoRoute(from, to, "no tracks join " + network.nameOf(from) + " and " + network.nameOf(to) + hint,
                List.of(), List.of());
        }
        List<Track> unknown = path.getEdgeList().stream().filter(t -> t.basis() == LengthBasis.UNKNOWN).toList();
        Set<String> missing = new LinkedHashSet<>();
        for (Track t : unknown) {
            for (String s : List.of(t.from(), t.to())) {
                if (network.findPlace(s).map(p -> p.coordinates() == null).orElse(true)) {
                    missing.add(s);
                }
            }
        }
        return new NoRoute(from, to, "the only ways between " + network.nameOf(from) + " and " + network.nameOf(to)
            + " cross sections whose length no source gives and whose stations lack coordinates", unknown,
            List.copyOf(missing));
    }
}
