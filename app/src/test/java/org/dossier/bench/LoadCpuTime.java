package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.dossier.pkg.Dossier;

/**
 * A harness for machines shared with other work: wall time there measures the queue for a core,
 * so this prints the CPU time this thread spends per load (median of warm runs) next to the wall
 * time. Run: {@code java -cp app/target/test-classes:app/target/classes:CLASSPATH
 * org.dossier.bench.LoadCpuTime [PACKAGE-DIR]} (no argument: the bundled package).
 */
public final class LoadCpuTime {
    private static final int WARMUP = 30;
    private static final int RUNS = 30;

    private LoadCpuTime() {}

    public static void main(String[] args) {
        Supplier<Dossier> load = args.length == 0 ? Dossier::loadBundled : () -> Dossier.load(Path.of(args[0]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) {
            load.get();
        }
        long[] cpu = new long[RUNS];
        long[] wall = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            load.get();
            wall[i] = System.nanoTime() - w;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("load and validate, restoration included: median CPU %.1f ms (min %.1f), median wall %.1f ms "
            + "(min %.1f), %d warm runs%n", cpu[RUNS / 2] / 1e6, cpu[0] / 1e6, wall[RUNS / 2] / 1e6, wall[0] / 1e6, RUNS);
    }
}
