package org.dossier.restore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.BenchCorpus;

/**
 * What each restore stage costs a report, and how much of that is the same whatever the
 * report's length (a documented harness, not a unit test). Each file of the corpus is restored
 * over and over; per file and stage the least time over the timed rounds is kept, and a straight
 * line is fitted through the files' sizes and those times: its intercept is the stage's cost per
 * report, its slope the cost per byte. Files larger than {@code MAX_KB} (the flagship report, three
 * times a bulletin's length and far richer in notes) are left out of the fit, so that the line
 * describes the bulletins; the mean is printed beside it.
 *
 * <p>Stages whose work is mostly per report (metadata, page numbering) show here where the
 * per-byte figures of {@link RestoreStageCpuTimes} spread their cost over a report's bytes.
 *
 * <p>Run: {@code scripts/bench-restore-per-report [CORPUS [ROUNDS [WARM_ROUNDS [MAX_KB]]]]}
 * (defaults: {@code ../shared/corpus}, 50 rounds timed after 50, 60 kB).
 */
public final class RestoreStagePerReport {
    private RestoreStagePerReport() {}

    public static void main(String[] args) throws IOException {
        BenchCorpus corpus = BenchCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/corpus"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmRounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int maxBytes = 1000 * (args.length > 3 ? Integer.parseInt(args[3]) : 60);
        List<String> texts = corpus.texts();
        List<Map<String, Long>> least = new ArrayList<>();
        for (int f = 0; f < texts.size(); f++) {
            least.add(new LinkedHashMap<>());
        }
        for (int round = 0; round < warmRounds + rounds; round++) {
            for (int f = 0; f < texts.size(); f++) {
                Map<String, Long> nanos = new LinkedHashMap<>();
                long[] last = {System.nanoTime()};
                Restorer.standard().restore(texts.get(f), false, stage -> {
                    long now = System.nanoTime();
                    nanos.merge(stage, now - last[0], Long::sum);
                    last[0] = now;
                });
                if (round >= warmRounds) {
                    Map<String, Long> fileLeast = least.get(f);
                    nanos.forEach((stage, n) -> fileLeast.merge(stage, n, Math::min));
                }
            }
        }
        List<Integer> fitted = new ArrayList<>();
        for (int f = 0; f < texts.size(); f++) {
            if (corpus.utf8Lengths().get(f) <= maxBytes) {
                fitted.add(f);
            }
        }
        System.out.printf("%d of %d files (up to %d kB), least of %d rounds after %d, wall clock%n", fitted.size(),
            texts.size(), maxBytes / 1000, rounds, warmRounds);
        System.out.printf("%-11s %14s %14s %12s%n", "stage", "per report", "per byte", "mean");
        double meanTotal = 0;
        for (String stage : least.get(fitted.get(0)).keySet()) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int f : fitted) {
                double x = corpus.utf8Lengths().get(f);
                double y = least.get(f).getOrDefault(stage, 0L);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            int m = fitted.size();
            double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
            double intercept = (sy - slope * sx) / m;
            meanTotal += sy / m;
            System.out.printf("%-11s %9.1f us %9.2f ns/B %9.1f us%n", stage, intercept / 1e3, slope, sy / m / 1e3);
        }
        System.out.printf("%-11s %37.1f us%n", "all", meanTotal / 1e3);
    }
}
