package org.dossier.rail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.DossierPackage;

/**
 * The facade of the railway capability: a package's network with a router, answering by name.
 * Station arguments are ids, names or aliases in any case; an unknown one throws
 * {@link org.dossier.model.UnknownNameException} (with the nearest names), a place that is on no line
 * {@link NotOnNetworkException}.
 *
 * <p>To learn which lines and sections a trip uses on a date, and who held each:
 * <pre>{@code
 * Route r = Rail.of(pkg).route("Harbin", "Imienpo", RouteOptions.on(Edtf.parse("1932-02-27"))).orElseThrow();
 * r.lines(rail.network());          // [cer-east, cer]: each line used, then the lines it is part of
 * for (Leg leg : r.legs()) {        // in travel order
 *     leg.line(); leg.from(); leg.to(); leg.km();
 *     leg.controlledBy();           // ControlClaim: controller, kind, period, basis, anchor, certainty
 * }
 * }</pre>
 */
public final class Rail {
    /** Above this many stations a router that prepares the network once pays for itself. */
    static final int CONTRACT_ABOVE = 5_000;

    private final RailNetwork network;
    private final Router router;

    private Rail(RailNetwork network, Router router) {
        this.network = network;
        this.router = router;
    }

    public static Rail of(DossierPackage pkg) {
        return of(RailNetwork.of(pkg));
    }

    /** The network with the router that suits its size: contraction hierarchies for large ones. */
    public static Rail of(RailNetwork network) {
        Objects.requireNonNull(network, "network");
        boolean large = network.graph(true).vertexSet().size() > CONTRACT_ABOVE;
        return new Rail(network, large ? new ContractedRouter(network) : new DijkstraRouter(network));
    }

    public static Rail of(RailNetwork network, Router router) {
        return new Rail(Objects.requireNonNull(network, "network"), Objects.requireNonNull(router, "router"));
    }

    public RailNetwork network() {
        return network;
    }

    public Router router() {
        return router;
    }

    /** The shortest route between two stations given by name; empty when none ({@link #whyNoRoute}). */
    public Optional<Route> route(String from, String to, RouteOptions options) {
        return router.findRoute(network.station(from), network.station(to), options);
    }

    public NoRoute whyNoRoute(String from, String to, RouteOptions options) {
        return NoRoute.explain(network, network.station(from), network.station(to), options);
    }

    /** Every port of the network from a station given by name, nearest first. */
    public List<PortReach> ports(String from, RouteOptions options) {
        return new Ports(network, router).from(network.station(from), options);
    }

    /** The given ports (names) from a station given by name, nearest first. */
    public List<PortReach> ports(String from, List<String> ports, RouteOptions options) {
        return new Ports(network, router).from(network.station(from), ports.stream().map(network::station).toList(),
            options);
    }
}
