package org.dossier.rail;

import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;

/**
 * What every router does around the search itself: checks the stations, leaves out lines not yet
 * open on the date and projected lines not asked for, and assembles the route. Subclasses only find
 * the path.
 */
abstract class GraphRouter implements Router {
    final RailNetwork network;

    GraphRouter(RailNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public final Optional<Route> findRoute(String from, String to, RouteOptions options) {
        Objects.requireNonNull(options, "options");
        requireStation(from, "from");
        requireStation(to, "to");
        Openings openings = new Openings(network, options.date());
        GraphPath<String, Track> path = openings.excludesAny() || options.limitsProjected()
            ? filtered(network.graph(options.withProjected(), openings.keep().and(options::admits)), from, to)
            : whole(options.withProjected(), from, to);
        return path == null ? Optional.empty() : Optional.of(RouteAssembler.assemble(network, path, options, openings));
    }

    /** The shortest path over the network's open (or open and projected) tracks; null when none. */
    abstract GraphPath<String, Track> whole(boolean withProjected, String from, String to);

    /**
     * The shortest path over a view that leaves out lines not yet open on the date or projected lines
     * not asked for; null when none.
     */
    abstract GraphPath<String, Track> filtered(Graph<String, Track> view, String from, String to);

    private void requireStation(String id, String what) {
        if (id == null || !network.hasStation(id)) {
            throw new IllegalArgumentException(what + ": '" + id + "' is not a station id of the network");
        }
    }
}
