package org.dossier.rail;

import java.util.Optional;

/**
 * Shortest routes over a {@link RailNetwork}. Stations are ids of the network
 * ({@link RailNetwork#station(String)} resolves names); an id that is no station is a caller mistake.
 */
public interface Router {
    /** The shortest route, or empty when no tracks of known length join the stations under {@code options}. */
    Optional<Route> findRoute(String from, String to, RouteOptions options);
}
