package org.dossier.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * {@code route} on a synthetic network of 100,000 stations (400 × 250 lattice, 650 lines, about
 * 200,000 sections): one shortest route between random stations per call, the route assembled with its
 * legs, controllers and notes as the CLI gets it. Sample mode, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RouteBenchmark {
    static final int ROWS = 400;
    static final int COLS = 250;

    @Param({"contracted", "dijkstra"})
    String router;

    RailNetwork network;
    Router routes;
    Random random;
    String from;
    String to;

    @Setup(Level.Trial)
    public void build() {
        network = RailNetwork.of(SyntheticNetwork.of(ROWS, COLS, 1932));
        routes = switch (router) {
            case "dijkstra" -> new DijkstraRouter(network);
            case "contracted" -> new ContractedRouter(network);
            default -> throw new IllegalArgumentException("unknown router " + router);
        };
        random = new Random(17);
        // Contract before measuring: the first query pays for it, once per network.
        routes.findRoute(SyntheticNetwork.id(0, 0), SyntheticNetwork.id(ROWS - 1, COLS - 1), RouteOptions.open());
    }

    @Setup(Level.Invocation)
    public void pick() {
        from = SyntheticNetwork.id(random.nextInt(ROWS), random.nextInt(COLS));
        to = SyntheticNetwork.id(random.nextInt(ROWS), random.nextInt(COLS));
    }

    @Benchmark
    public Route route() {
        return routes.findRoute(from, to, RouteOptions.open()).orElseThrow();
    }
}
