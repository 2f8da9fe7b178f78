package org.dossier.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dossier.model.DossierPackage;
import org.dossier.model.Place;
import org.dossier.rail.ContractedRouter;
import org.dossier.rail.DijkstraRouter;
import org.dossier.rail.RailNetwork;
import org.dossier.rail.Route;
import org.dossier.rail.RouteOptions;
import org.dossier.rail.Router;
import org.dossier.rail.SyntheticNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code route} on a synthetic network of 100,000 stations ({@link SyntheticNetwork}: 1,024 junctions,
 * about 1,500 lines, 100,000 stations and sections): one shortest route between two random stations per
 * call, assembled with its legs, controllers and notes as the CLI gets it. Sample mode, so JMH reports
 * the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RouteBenchmark {
    static final int SIDE = 32;
    static final int STATIONS = 100_000;

    @Param({"contracted", "dijkstra"})
    String router;

    RailNetwork network;
    Router routes;
    Random random;
    List<String> stations;
    String from;
    String to;

    @Setup(Level.Trial)
    public void build() {
        DossierPackage pkg = SyntheticNetwork.of(SIDE, STATIONS, 1932);
        stations = pkg.places().stream().map(Place::id).toList();
        network = RailNetwork.of(pkg);
        routes = switch (router) {
            case "dijkstra" -> new DijkstraRouter(network);
            case "contracted" -> new ContractedRouter(network);
            default -> throw new IllegalArgumentException("unknown router " + router);
        };
        random = new Random(17);
        // Contract before measuring: the first query pays for it, once per network.
        routes.findRoute(stations.get(0), stations.get(stations.size() - 1), RouteOptions.open());
    }

    @Setup(Level.Invocation)
    public void pick() {
        from = stations.get(random.nextInt(stations.size()));
        to = stations.get(random.nextInt(stations.size()));
    }

    @Benchmark
    public Route route() {
        return routes.findRoute(from, to, RouteOptions.open()).orElseThrow();
    }
}
