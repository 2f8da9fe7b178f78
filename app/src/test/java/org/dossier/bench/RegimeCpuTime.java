package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.ActionKind;
import org.dossier.pkg.Dossier;
import org.dossier.regime.InForce;
import org.dossier.regime.Question;
import org.dossier.regime.Regime;
import org.dossier.regime.Verdicts;

/**
 * The CPU time this thread spends per {@code in-force} and {@code check} answer on the bundled
 * package (median and minimum of batches of 2,000 warm calls), beside wall time: on a shared machine
 * wall time measures the queue for a core. The same calls as {@link RegimeBenchmark}. Run: {@code java
 * -cp app/target/test-classes:app/target/classes:CLASSPATH org.dossier.bench.RegimeCpuTime}.
 */
public final class RegimeCpuTime {
    private static final int BATCHES = 25;
    private static final int CALLS = 2000;

    private RegimeCpuTime() {}

    public static void main(String[] args) {
        Regime regime = Regime.of(Dossier.loadBundled().pkg());
        InForce inForce = regime.inForce();
        Verdicts verdicts = regime.verdicts();
        Question imienpo = new Question("japan", ActionKind.TROOP_TRANSPORT, "harbin", "imienpo", null, "1932-02-27", List.of());
        measure("in-force 1932-02-27", () -> inForce.on("1932-02-27", null, null));
        measure("check troop-transport harbin-imienpo 1932-02-27", () -> verdicts.check(imienpo));
    }

    private static void measure(String what, Runnable call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10 * CALLS; i++) {
            call.run();
        }
        double[] cpu = new double[BATCHES];
        double[] wall = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                call.run();
            }
            wall[b] = (System.nanoTime() - w) / (CALLS * 1e3);
            cpu[b] = (threads.getCurrentThreadCpuTime() - c) / (CALLS * 1e3);
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%s: median CPU %.1f us (min %.1f), median wall %.1f us (min %.1f)%n", what,
            cpu[BATCHES / 2], cpu[0], wall[BATCHES / 2], wall[0]);
    }
}
