package org.dossier.rail;

import java.util.concurrent.ThreadPoolExecutor;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.ContractionHierarchyBidirectionalDijkstra;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation.ContractionHierarchy;
import org.jgrapht.util.ConcurrencyUtil;

/**
 * Routes with JGraphT's contraction hierarchies: each view of the network (open lines; open and
 * projected) is contracted once, on first use, after which a query settles few stations however large
 * the network. Queries on a date that leaves lines out, or with only some projected lines, search that
 * view with bidirectional Dijkstra, as contracting it for one query would cost more than it saves.
 */
public final class ContractedRouter extends GraphRouter {
    private final int threads;
    private ContractionHierarchyBidirectionalDijkstra<String, Track> open;
    private ContractionHierarchyBidirectionalDijkstra<String, Track> all;

    public ContractedRouter(RailNetwork network) {
        this(network, Runtime.getRuntime().availableProcessors());
    }

    /** With {@code threads} threads for contracting. */
    public ContractedRouter(RailNetwork network, int threads) {
        super(network);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    GraphPath<String, Track> whole(boolean withProjected, String from, String to) {
        return search(withProjected).getPath(from, to);
    }

    @Override
    GraphPath<String, Track> filtered(Graph<String, Track> view, String from, String to) {
        return new BidirectionalDijkstraShortestPath<>(view).getPath(from, to);
    }

    private synchronized ContractionHierarchyBidirectionalDijkstra<String, Track> search(boolean withProjected) {
        if (withProjected) {
            if (all == null) {
                all = contract(network.shortestTracks(true));
            }
            return all;
        }
        if (open == null) {
            open = contract(network.shortestTracks(false));
        }
        return open;
    }

    private ContractionHierarchyBidirectionalDijkstra<String, Track> contract(Graph<String, Track> g) {
        ThreadPoolExecutor executor = ConcurrencyUtil.createThreadPoolExecutor(threads);
        try {
            ContractionHierarchy<String, Track> ch = new ContractionHierarchyPrecomputation<>(g, executor)
                .computeContractionHierarchy();
            return new ContractionHierarchyBidirectionalDijkstra<>(ch);
        } finally {
            executor.shutdown();
        }
    }
}
