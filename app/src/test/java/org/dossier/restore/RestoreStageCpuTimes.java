package org.dossier.restore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.BenchCorpus;

/**
 * Where restoration's time goes on a busy machine (a documented harness, not a unit test): each
 * stage, as the restorer itself reports its end through a {@link StageClock}, is timed in the
 * restoring thread's CPU time, not wall time, and its figure is the least over rounds of the
 * whole corpus. Time the thread waits for a
 * core (other builds share the machine) is then not counted, and one slow round does not count;
 * a core shared with another thread still slows every round, so the stages the change under test
 * does not touch are printed as a reference: compare each stage's share of those between runs.
 *
 * <p>Each stage's bytes allocated per raw byte are printed beside its time: they do not depend
 * on the machine's load, so a change that allocates less shows at once, however busy the machine.
 *
 * <p>Run: {@code scripts/bench-restore-stages [CORPUS [ROUNDS [WARM_ROUNDS [REFERENCE_STAGES]]]]}
 * (defaults: {@code ../shared/corpus}, 30 rounds timed after 45, reference
 * {@code lines,pages,lexicon,blocks,flow}).
 */
public final class RestoreStageCpuTimes {
    private RestoreStageCpuTimes() {}

    public static void main(String[] args) throws IOException {
        BenchCorpus corpus = BenchCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/corpus"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmRounds = args.length > 2 ? Integer.parseInt(args[2]) : 45;
        List<String> reference = List.of((args.length > 3 ? args[3] : "lines,pages,lexicon,blocks,flow").split(","));
        long bytes = corpus.utf8Lengths().stream().mapToLong(Integer::longValue).sum();
        Map<String, Long> least = new LinkedHashMap<>();
        Map<String, Long> allocated = new LinkedHashMap<>();
        for (int round = 0; round < warmRounds + rounds; round++) {
            allocated.clear();
            Map<String, Long> nanos = round(corpus, allocated);
            if (round >= warmRounds) {
                nanos.forEach((stage, n) -> least.merge(stage, n, Math::min));
                least.merge("all", nanos.values().stream().mapToLong(Long::longValue).sum(), Math::min);
            }
        }
        double ref = reference.stream().mapToLong(least::get).sum();
        System.out.printf("%d files, %.2f MB; least of %d rounds after %d, thread CPU time%n",
            corpus.texts().size(), bytes / 1e6, rounds, warmRounds);
        allocated.put("all", allocated.values().stream().mapToLong(Long::longValue).sum());
        least.forEach((stage, n) -> System.out.printf("%-11s %6.2f ns/byte  %6.2f per 100 of %s  %6.2f bytes allocated/byte%n",
            stage, (double) n / bytes, 100 * n / ref, String.join("+", reference), (double) allocated.get(stage) / bytes));
    }

    /** Each stage's CPU time over one restoration of every file of the corpus; its allocation is added to {@code allocated}. */
    private static Map<String, Long> round(BenchCorpus corpus, Map<String, Long> allocated) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        long[] last = new long[2];
        StageClock clock = stage -> {
            long now = threads.getCurrentThreadCpuTime();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            nanos.merge(stage, now - last[0], Long::sum);
            allocated.merge(stage, bytes - last[1], Long::sum);
            last[0] = now;
            last[1] = bytes;
        };
        for (String text : corpus.texts()) {
            last[0] = threads.getCurrentThreadCpuTime();
            last[1] = threads.getCurrentThreadAllocatedBytes();
            Restorer.standard().restore(text, false, clock);
        }
        return nanos;
    }
}
