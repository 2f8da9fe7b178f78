package org.dossier.rail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Distances from one station to the network's ports, and what projected lines would change. */
public final class Ports {
    private final RailNetwork network;
    private final Router router;

    public Ports(RailNetwork network, Router router) {
        this.network = Objects.requireNonNull(network, "network");
        this.router = Objects.requireNonNull(router, "router");
    }

    /** Every port of the network ({@link RailNetwork#ports()}) from {@code from}. */
    public List<PortReach> from(String from, RouteOptions options) {
        return from(from, network.ports(), options);
    }

    /** The given ports from {@code from}, nearest first; unreachable ports last. */
    public List<PortReach> from(String from, List<String> ports, RouteOptions options) {
        List<PortReach> out = new ArrayList<>();
        RouteOptions openOnly = options.withProjected(false);
        for (String port : ports) {
            Route open = router.findRoute(from, port, openOnly).orElse(null);
            Route projected = options.withProjected() ? router.findRoute(from, port, options).orElse(null) : null;
            out.add(new PortReach(port, open, projected));
        }
        out.sort(Comparator.comparingDouble(p -> p.best().map(Route::km).orElse(Double.MAX_VALUE)));
        return out;
    }
}
