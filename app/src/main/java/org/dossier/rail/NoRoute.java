package org.dossier.rail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Why no route with a length joins two stations: either no tracks join them at all under the options,
 * or they are joined only over sections of unknown length. Then {@code way} is the way that crosses
 * the fewest such sections and, among those, is shortest over the known ones ({@code tracks}, in
 * travel order); {@code unknownSections} are the sections along it that the package would need a
 * length for, or coordinates of {@code missingCoordinates}. {@link #knownKm()} is what the known
 * sections add up to: the route is at least that long.
 */
public record NoRoute(String from, String to, String reason, List<Track> unknownSections,
                      List<String> missingCoordinates, List<String> way, List<Track> tracks) {
    /** Weight of a section of unknown length: more than any route's known km, so that fewer unknown sections always win. */
    private static final double UNKNOWN_WEIGHT = 1e9;

    public NoRoute {
        unknownSections = List.copyOf(unknownSections);
        missingCoordinates = List.copyOf(missingCoordinates);
        way = List.copyOf(way);
        tracks = List.copyOf(tracks);
    }

    /** True when tracks join the stations, only not all of known length. */
    public boolean hasWay() {
        return !way.isEmpty();
    }

    /** The sum of the known lengths along {@link #way()} (0 without a way): a lower bound of its length. */
    public double knownKm() {
        return tracks.stream().filter(t -> t.basis() != LengthBasis.UNKNOWN).mapToDouble(Track::km).sum();
    }

    /** Explains why {@code from} and {@code to} have no route under {@code options}. */
    public static NoRoute explain(RailNetwork network, String from, String to, RouteOptions options) {
        Objects.requireNonNull(options, "options");
        Openings openings = new Openings(network, options.date());
        Graph<String, Track> g = new MaskSubgraph<>(network.topology(), v -> false,
            t -> !options.admits(t) || !openings.keep().test(t));
        Graph<String, Track> weighted = new AsWeightedGraph<>(g,
            t -> t.basis() == LengthBasis.UNKNOWN ? UNKNOWN_WEIGHT : t.km(), false, false);
        GraphPath<String, Track> path = new DijkstraShortestPath<>(weighted).getPath(from, to);
        if (path == null) {
            String hint = (!options.withProjected() || options.limitsProjected()) && new BFSShortestPath<>(network.topology()).getPath(from, to) != null
                ? " (projected lines or lines not yet open on the date would join them)" : "";
            return new NoRoute(from, to, "no tracks join " + network.nameOf(from) + " and " + network.nameOf(to) + hint,
                List.of(), List.of(), List.of(), List.of());
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
        NoRoute n = new NoRoute(from, to, null, unknown, List.copyOf(missing), path.getVertexList(), path.getEdgeList());
        return new NoRoute(from, to, n.because(network), unknown, n.missingCoordinates(), n.way(), n.tracks());
    }

    private String because(RailNetwork network) {
        String count = unknownSections.size() == 1 ? "one" : String.valueOf(unknownSections.size());
        return "no route length can be given: every way from " + network.nameOf(from) + " to " + network.nameOf(to)
            + " crosses a section whose length no source gives and whose stations lack coordinates; the way with the"
            + " fewest such sections (" + count + "), shortest over the rest,"
            + (knownKm() > 0 ? String.format(Locale.ROOT, " is longer than its known sections' %.1f km", knownKm()) : " is shown");
    }
}
