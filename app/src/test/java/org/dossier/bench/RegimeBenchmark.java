package org.dossier.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.model.ActionKind;
import org.dossier.pkg.Dossier;
import org.dossier.regime.InForce;
import org.dossier.regime.InForceAnswer;
import org.dossier.regime.Question;
import org.dossier.regime.Regime;
import org.dossier.regime.Verdict;
import org.dossier.regime.Verdicts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code in-force} and {@code check} on the bundled far-east-1932 package, loaded once: one whole
 * answer per call, as the CLI and the web server get it (all agreements on a date; the Harbin–Imienpo
 * troop transport of 27 February 1932, route included). Sample mode, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RegimeBenchmark {
    InForce inForce;
    Verdicts verdicts;
    Question imienpo;
    Question redemption;

    @Setup(Level.Trial)
    public void load() {
        Regime regime = Regime.of(Dossier.loadBundled().pkg());
        inForce = regime.inForce();
        verdicts = regime.verdicts();
        imienpo = new Question("japan", ActionKind.TROOP_TRANSPORT, "harbin", "imienpo", null, "1932-02-27", List.of());
        redemption = new Question("manchoukuo", ActionKind.RAILWAY_REDEMPTION, null, null, null, "1932-08-17", List.of());
    }

    @Benchmark
    public InForceAnswer inForceOnADay() {
        return inForce.on("1932-02-27", null, null);
    }

    @Benchmark
    public Verdict checkTroopTransportOverARoute() {
        return verdicts.check(imienpo);
    }

    @Benchmark
    public Verdict checkRedemption() {
        return verdicts.check(redemption);
    }
}
