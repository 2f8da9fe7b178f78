package org.dossier.restore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.BenchCorpus;

/**
 * Where restoration's time goes, for comparing two builds of one stage on a crowded machine (a
 * documented harness, not a unit test): as {@link RestoreStageCpuTimes}, but each stage's figure
 * sums, over the files of the corpus, the least thread CPU time the stage took on that file in
 * any round. A whole round untouched by other work on the machine is rare, one file's stage
 * untouched in some round is not: the figure moves less from run to run.
 *
 * <p>Run (after {@code scripts/bench-restore-stages} has built the classes and {@code bench.classpath}):
 * {@code java -Xmx256m -XX:InlineSmallCode=1000 -cp app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)
 * org.dossier.restore.RestoreStageLeastTimes [CORPUS [ROUNDS [WARM_ROUNDS]]]} (defaults: {@code ../shared/corpus},
 * 30 rounds timed after 45).
 */
public final class RestoreStageLeastTimes {
    private RestoreStageLeastTimes() {}

    public static void main(String[] args) throws IOException {
        BenchCorpus corpus = BenchCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/corpus"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmRounds = args.length > 2 ? Integer.parseInt(args[2]) : 45;
        long bytes = corpus.utf8Lengths().stream().mapToLong(Integer::longValue).sum();
        List<Map<String, Long>> leastPerFile = new ArrayList<>();
        for (int f = 0; f < corpus.texts().size(); f++) {
            leastPerFile.add(new LinkedHashMap<>());
        }
        for (int round = 0; round < warmRounds + rounds; round++) {
            for (int f = 0; f < corpus.texts().size(); f++) {
                Map<String, Long> nanos = stages(corpus.texts().get(f));
                Map<String, Long> least = leastPerFile.get(f);
                if (round >= warmRounds) {
                    nanos.forEach((stage, n) -> least.merge(stage, n, Math::min));
                }
            }
        }
        Map<String, Long> sum = new LinkedHashMap<>();
        leastPerFile.forEach(least -> least.forEach((stage, n) -> sum.merge(stage, n, Long::sum)));
        System.out.printf("%d files, %.2f MB; per file the least of %d rounds after %d, summed; thread CPU time%n",
            corpus.texts().size(), bytes / 1e6, rounds, warmRounds);
        sum.forEach((stage, n) -> System.out.printf("%-11s %6.2f ns/byte%n", stage, (double) n / bytes));
        System.out.printf("%-11s %6.2f ns/byte%n", "all", sum.values().stream().mapToLong(Long::longValue).sum() / (double) bytes);
    }

    /** Each stage's CPU time over one restoration of {@code text}. */
    private static Map<String, Long> stages(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        long[] last = {threads.getCurrentThreadCpuTime()};
        Restorer.standard().restore(text, false, stage -> {
            long now = threads.getCurrentThreadCpuTime();
            nanos.merge(stage, now - last[0], Long::sum);
            last[0] = now;
        });
        return nanos;
    }
}
