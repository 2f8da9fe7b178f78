package org.dossier.rail;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;

/** Routes with JGraphT's bidirectional Dijkstra: no preparation, every query searches afresh. */
public final class DijkstraRouter extends GraphRouter {
    public DijkstraRouter(RailNetwork network) {
        super(network);
    }

    @Override
    GraphPath<String, Track> whole(boolean withProjected, String from, String to) {
        return filtered(network.graph(withProjected), from, to);
    }

    @Override
    GraphPath<String, Track> filtered(Graph<String, Track> view, String from, String to) {
        return new BidirectionalDijkstraShortestPath<>(view).getPath(from, to);
    }
}
