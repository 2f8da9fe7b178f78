package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dossier.pkg.Dossier;
import org.dossier.restore.Edition;
import org.dossier.restore.Restorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
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

    private Edition restored;

    @Setup
    public void restoreOnce() throws IOException {
        String raw = dir.isEmpty()
            ? new String(getClass().getClassLoader().getResourceAsStream(Dossier.BUNDLED + "/report.txt").readAllBytes(),
                StandardCharsets.UTF_8)
            : Files.readString(Path.of(dir, "report.txt"));
        restored = Restorer.standard().restore(raw);
    }

    /** The whole load: read, restore, validate, resolve anchors. */
    @Benchmark
    public Dossier loadAndValidate() {
        return dir.isEmpty() ? Dossier.loadBundled() : Dossier.load(Path.of(dir));
    }

    /** The same without restoration (the edition restored once beforehand): the loader's own share. */
    @Benchmark
    public Dossier loadAndValidateRestored() {
        return dir.isEmpty() ? Dossier.loadBundled(raw -> restored) : Dossier.load(Path.of(dir), raw -> restored);
    }
}
