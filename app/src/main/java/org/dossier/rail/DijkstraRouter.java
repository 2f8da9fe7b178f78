package org.dossier.rail;

import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;

/** Routes with JGraphT's bidirectional Dijkstra over the network, or the part of it open on the date. */
public final class DijkstraRouter implements Router {
    private final RailNetwork network;

    public DijkstraRouter(RailNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public Optional<Route> findRoute(String from, String to, RouteOptions options) {
        Objects.requireNonNull(options, "options");
        requireStation(from, "from");
        requireStation(to, "to");
        Openings openings = new Openings(network, options.date());
        Graph<String, Track> g = openings.excludesAny()
            ? network.graph(options.withProjected(), openings.keep())
            : network.graph(options.withProjected());
        GraphPath<String, Track> path = new BidirectionalDijkstraShortestPath<>(g).getPath(from, to);
        return path == null ? Optional.empty() : Optional.of(RouteAssembler.assemble(network, path, options, openings));
    }

    private void requireStation(String id, String what) {
        if (id == null || !network.hasStation(id)) {
            throw new IllegalArgumentException(what + ": '" + id + "' is not a station id of the network");
        }
    }
}
