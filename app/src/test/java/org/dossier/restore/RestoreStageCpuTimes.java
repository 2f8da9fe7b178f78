package org.dossier.restore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.BenchCorpus;

/**
 * Where restoration's time goes on a busy machine (a documented harness, not a unit test): each
 * stage, as the restorer itself reports its end through a {@link StageClock}, is timed in the
 * restoring thread's CPU time, not wall time. Time the thread waits for a core (other builds
 * share the machine) is then not counted. Two figures per stage:
 * <ul>
 *   <li>the least over rounds of the whole corpus: one slow round does not count, but a core
 *       shared with another thread slows every round, so the stages the change under test does
 *       not touch are printed as a reference (compare each stage's share of those between runs);
 *   <li>per file, the least over rounds, summed over the files: a whole round untouched by other
 *       work is rare, one file's stage untouched in some round is not, so this figure moves less
 *       from run to run.
 * </ul>
 *
 * <p>Each stage's bytes allocated per raw byte (in the last round) are printed beside its times:
 * they do not depend on the machine's load, so a change that allocates less shows at once.
 *
 * <p>Run: {@code scripts/bench-restore-stages [CORPUS [ROUNDS [WARM_ROUNDS [REFERENCE_STAGES]]]]}
 * (defaults: {@code ../shared/corpus}, 30 rounds timed after 45, reference
 * {@code lines,pages,lexicon,blocks,flow}).
 */
public final class RestoreStageCpuTimes {
    private RestoreStageCpuTimes() {}

    /** One restoration's CPU nanoseconds and allocated bytes, by stage. */
    private record Costs(Map<String, Long> nanos, Map<String, Long> bytes) {}

    public static void main(String[] args) throws IOException {
        BenchCorpus corpus = BenchCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/corpus"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmRounds = args.length > 2 ? Integer.parseInt(args[2]) : 45;
        List<String> reference = List.of((args.length > 3 ? args[3] : "lines,pages,lexicon,blocks,flow").split(","));
        long rawBytes = corpus.utf8Lengths().stream().mapToLong(Integer::longValue).sum();
        Map<String, Long> leastRound = new LinkedHashMap<>();
        List<Map<String, Long>> leastPerFile = new ArrayList<>();
        Map<String, Long> allocated = new LinkedHashMap<>();
        for (int round = 0; round < warmRounds + rounds; round++) {
            Map<String, Long> roundNanos = new LinkedHashMap<>();
            allocated.clear();
            for (int f = 0; f < corpus.texts().size(); f++) {
                Costs costs = restore(corpus.texts().get(f));
                costs.nanos().forEach((stage, n) -> roundNanos.merge(stage, n, Long::sum));
                costs.bytes().forEach((stage, n) -> allocated.merge(stage, n, Long::sum));
                if (round >= warmRounds) {
                    if (leastPerFile.size() <= f) {
                        leastPerFile.add(new LinkedHashMap<>());
                    }
                    Map<String, Long> least = leastPerFile.get(f);
                    costs.nanos().forEach((stage, n) -> least.merge(stage, n, Math::min));
                }
            }
            if (round >= warmRounds) {
                roundNanos.forEach((stage, n) -> leastRound.merge(stage, n, Math::min));
                leastRound.merge("all", sum(roundNanos), Math::min);
            }
        }
        Map<String, Long> perFile = new LinkedHashMap<>();
        leastPerFile.forEach(least -> least.forEach((stage, n) -> perFile.merge(stage, n, Long::sum)));
        perFile.put("all", sum(perFile));
        allocated.put("all", sum(allocated));
        double ref = reference.stream().mapToLong(leastRound::get).sum();
        System.out.printf("%d files, %.2f MB; %d rounds timed after %d, thread CPU time; reference %s%n",
            corpus.texts().size(), rawBytes / 1e6, rounds, warmRounds, String.join("+", reference));
        System.out.printf("%-11s %14s %9s %16s %14s%n", "stage", "least round", "per 100", "least per file",
            "allocated");
        leastRound.forEach((stage, n) -> System.out.printf("%-11s %6.2f ns/byte %9.2f %8.2f ns/byte %7.2f B/byte%n",
            stage, (double) n / rawBytes, 100 * n / ref, (double) perFile.get(stage) / rawBytes,
            (double) allocated.get(stage) / rawBytes));
    }

    private static long sum(Map<String, Long> byStage) {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each stage's CPU time and allocation over one restoration of {@code text}. */
    private static Costs restore(String text) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        long[] last = {threads.getCurrentThreadCpuTime(), threads.getCurrentThreadAllocatedBytes()};
        Restorer.standard().restore(text, false, stage -> {
            long now = threads.getCurrentThreadCpuTime();
            long allocatedNow = threads.getCurrentThreadAllocatedBytes();
            nanos.merge(stage, now - last[0], Long::sum);
            bytes.merge(stage, allocatedNow - last[1], Long::sum);
            last[0] = now;
            last[1] = allocatedNow;
        });
        return new Costs(nanos, bytes);
    }
}
