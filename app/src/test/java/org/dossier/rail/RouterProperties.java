package org.dossier.rail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Place;
import org.dossier.model.PlaceKind;

/** Laws every shortest route obeys, on random connected networks of sourced sections. */
class RouterProperties {
    static final double EPS = 1e-6;

    /** Station i joins a random earlier station (so the network is connected), plus extra random sections. */
    record Net(int stations, List<int[]> edges, List<Integer> km) {
        RailNetwork build() {
            List<Place> places = new ArrayList<>();
            for (int i = 0; i < stations; i++) {
                places.add(RailFixtures.place("s" + i, "Station " + i, 40.0 + i * 0.01, 120.0, PlaceKind.STATION));
            }
            List<Line> lines = new ArrayList<>();
            for (int k = 0; k < edges.size(); k++) {
                int[] e = edges.get(k);
                lines.add(RailFixtures.line("l" + k, null, LineStatus.OPEN, List.of("s" + e[0], "s" + e[1]), List.of(),
                    RailFixtures.km(km.get(k), "https://example.org/l" + k), RailFixtures.gauge(k % 3 == 0 ? 1435 : 1524),
                    null, List.of()));
            }
            return RailNetwork.of(RailFixtures.pkg(places, lines), DetourFactor.straightLine());
        }
    }

    @Provide
    Arbitrary<Net> networks() {
        return Arbitraries.integers().between(2, 14).flatMap(n -> {
            Arbitrary<List<int[]>> tree = Combinators.combine(
                    Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(n - 1),
                    Arbitraries.integers().between(0, n - 1).list().ofSize(2 * n))
                .as((parents, extra) -> {
                    List<int[]> edges = new ArrayList<>();
                    for (int i = 1; i < n; i++) {
                        edges.add(new int[] {i, parents.get(i - 1) % i});
                    }
                    for (int k = 0; k + 1 < extra.size(); k += 2) {
                        if (!extra.get(k).equals(extra.get(k + 1))) {
                            edges.add(new int[] {extra.get(k), extra.get(k + 1)});
                        }
                    }
                    return edges;
                });
            return tree.flatMap(edges -> Arbitraries.integers().between(1, 1000).list().ofSize(edges.size())
                .map(km -> new Net(n, edges, km)));
        });
    }

    @Property(tries = 200)
    void lengthIsTheSumOfTheSectionsAndTheLegsJoinUp(@ForAll("networks") Net net, @ForAll int a, @ForAll int b) {
        RailNetwork network = net.build();
        Route r = new DijkstraRouter(network).findRoute(station(net, a), station(net, b), RouteOptions.open()).orElseThrow();
        assertEquals(r.legs().stream().mapToDouble(Leg::km).sum(), r.km(), EPS);
        for (int k = 0; k < r.legs().size(); k++) {
            Leg leg = r.legs().get(k);
            assertEquals(r.path().get(k), leg.from());
            assertEquals(r.path().get(k + 1), leg.to());
            assertEquals(leg.to(), leg.track().opposite(leg.from()));
        }
        for (GaugeBreak g : r.gaugeBreaks()) {
            assertTrue(g.fromGaugeMm() != g.toGaugeMm());
        }
    }

    @Property(tries = 200)
    void lengthIsSymmetric(@ForAll("networks") Net net, @ForAll int a, @ForAll int b) {
        Router router = new DijkstraRouter(net.build());
        double there = router.findRoute(station(net, a), station(net, b), RouteOptions.open()).orElseThrow().km();
        double back = router.findRoute(station(net, b), station(net, a), RouteOptions.open()).orElseThrow().km();
        assertEquals(there, back, EPS);
    }

    @Property(tries = 200)
    void noDetourIsShorterThanTheRoute(@ForAll("networks") Net net, @ForAll int a, @ForAll int b, @ForAll int c) {
        Router router = new DijkstraRouter(net.build());
        String x = station(net, a);
        String y = station(net, b);
        String z = station(net, c);
        double direct = router.findRoute(x, z, RouteOptions.open()).orElseThrow().km();
        double via = router.findRoute(x, y, RouteOptions.open()).orElseThrow().km()
            + router.findRoute(y, z, RouteOptions.open()).orElseThrow().km();
        assertTrue(direct <= via + EPS, direct + " > " + via);
    }

    @Property(tries = 100)
    void contractionHierarchiesAndDijkstraAgreeOnEveryLength(@ForAll("networks") Net net, @ForAll int a, @ForAll int b) {
        RailNetwork network = net.build();
        Route dijkstra = new DijkstraRouter(network).findRoute(station(net, a), station(net, b), RouteOptions.open())
            .orElseThrow();
        Route contracted = new ContractedRouter(network, 1).findRoute(station(net, a), station(net, b), RouteOptions.open())
            .orElseThrow();
        assertEquals(dijkstra.km(), contracted.km(), EPS);
        assertEquals(contracted.legs().stream().mapToDouble(Leg::km).sum(), contracted.km(), EPS);
    }

    @Property(tries = 100)
    void everySectionIsAtLeastAsLongAsTheRouteBetweenItsEnds(@ForAll("networks") Net net) {
        RailNetwork network = net.build();
        Router router = new DijkstraRouter(network);
        for (Track t : network.graph(false).edgeSet()) {
            assertTrue(router.findRoute(t.from(), t.to(), RouteOptions.open()).orElseThrow().km() <= t.km() + EPS);
        }
    }

    private static String station(Net net, int k) {
        return "s" + Math.floorMod(k, net.stations());
    }
}
