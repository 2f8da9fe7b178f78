package org.dossier.restore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.bench.BenchCorpus;

/**
 * Where restoration's time goes (a documented harness, not a unit test): restores the corpus on
 * one thread, warming up first, and prints each stage's share and its nanoseconds per byte of raw
 * text, as the restorer itself reports the end of each stage through a {@link StageClock}. Times
 * are the thread's CPU time, so that other work on the machine disturbs them less.
 *
 * <p>Run: {@code scripts/bench-restore-stages [CORPUS [MB [WARM_MB]]]} (defaults: {@code
 * ../shared/corpus}, 100 MB timed after 100 MB of warm-up).
 */
public final class RestoreStageTimes {
    private RestoreStageTimes() {}

    public static void main(String[] args) throws IOException {
        BenchCorpus corpus = BenchCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/corpus"));
        long timedBytes = (args.length > 1 ? Long.parseLong(args[1]) : 100) * 1_000_000L;
        long warmBytes = (args.length > 2 ? Long.parseLong(args[2]) : 100) * 1_000_000L;
        Restorer restorer = Restorer.standard();
        Laps warm = new Laps();
        run(restorer, corpus, warmBytes, warm);
        Laps laps = new Laps();
        long done = run(restorer, corpus, timedBytes, laps);
        long total = laps.byStage.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%d files, %.2f MB; timed %.1f MB after %.0f MB of warm-up%n",
            corpus.texts().size(), corpus.fileBytes() / 1e6, done / 1e6, warmBytes / 1e6);
        laps.byStage.forEach((stage, nanos) -> System.out.printf("%-11s %5.1f %%  %6.1f ns/byte%n",
            stage, 100.0 * nanos / total, (double) nanos / done));
        System.out.printf("%-11s %5.1f MB per CPU-second  %6.1f ns/byte%n", "all", done * 1e3 / total, (double) total / done);
    }

    private static long run(Restorer restorer, BenchCorpus corpus, long bytes, Laps laps) {
        long done = 0;
        while (done < bytes) {
            for (int k = 0; k < corpus.texts().size(); k++) {
                laps.start();
                restorer.restore(corpus.texts().get(k), false, laps);
                done += corpus.utf8Lengths().get(k);
            }
        }
        return done;
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final class Laps implements StageClock {
        final Map<String, Long> byStage = new LinkedHashMap<>();
        private long last;

        void start() {
            last = CPU.getCurrentThreadCpuTime();
        }

        @Override
        public void lap(String stage) {
            long now = CPU.getCurrentThreadCpuTime();
            byStage.merge(stage, now - last, Long::sum);
            last = now;
        }
    }
}
