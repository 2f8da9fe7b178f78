package org.dossier.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dossier.pkg.Dossier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and validating a whole package, restoration of its document included: read every YAML
 * file, check every reference and date, resolve every anchor. {@code dir} empty means the bundled
 * flagship package; give a folder with {@code -p dir=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DossierLoadBench {
    @Param({""})
    public String dir;

    @Benchmark
    public Dossier loadAndValidate() {
        return dir.isEmpty() ? Dossier.loadBundled() : Dossier.load(Path.of(dir));
    }
}
