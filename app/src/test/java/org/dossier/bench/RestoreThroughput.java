package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import org.dossier.restore.Edition;
import org.dossier.restore.Restorer;

/**
 * Restore benchmark harness (a documented harness, not a unit test): restores the corpus files
 * over and over on one thread until at least {@code MB} megabytes of raw text have gone through,
 * then prints MB/s and the peak heap. Each report is restored on its own, as the corpus runner
 * does, so the heap holds one report's edition at a time.
 *
 * <p>Run: {@code scripts/bench-restore [CORPUS [MB [WARM_MB]]]} (defaults to 100 MB over
 * {@code ../shared/corpus}, after three passes of warm-up, or {@code WARM_MB} megabytes if more;
 * the script warms up on 200 MB: methods called once per report, such as the metadata reader
 * and the citation parser, reach the optimising compiler's thresholds only after some 100–200 MB
 * of the corpus's 21 kB reports, so a shorter warm-up measures partly compiled code).
 */
public final class RestoreThroughput {
    private RestoreThroughput() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        long targetMb = args.length > 1 ? Long.parseLong(args[1]) : 100;
        long warmMb = args.length > 2 ? Long.parseLong(args[2]) : 0;
        BenchCorpus corpus;
        try {
            corpus = BenchCorpus.load(folder);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        List<String> texts = corpus.texts();
        List<Integer> utf8Lengths = corpus.utf8Lengths();
        long corpusBytes = corpus.fileBytes();
        Restorer restorer = Restorer.standard();
        long sink = 0;
        // three passes at least; more when asked, so that the compiler has settled before timing
        long warmed = 0;
        for (int pass = 0; pass < 3 || warmed < warmMb * 1_000_000L; pass++) {
            for (int k = 0; k < texts.size(); k++) {
                sink += restorer.restore(texts.get(k)).paragraphs().size();
                warmed += utf8Lengths.get(k);
            }
        }
        System.gc();
        resetPeaks();
        long target = targetMb * 1_000_000L;
        long done = 0;
        int reports = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        while (done < target) {
            for (int k = 0; k < texts.size(); k++) {
                Edition e = restorer.restore(texts.get(k));
                sink += e.paragraphs().size();
                done += utf8Lengths.get(k); // measured before timing: encoding is no part of restoring
                reports++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("corpus: %d files, %.2f MB; warmed on %.0f MB; restored %d reports, %.1f MB of raw text in %.1f s%n",
            texts.size(), corpusBytes / 1e6, warmed / 1e6, reports, done / 1e6, seconds);
        System.out.printf("throughput: %.1f MB/s on one thread (wall clock); %.1f MB per CPU-second of that thread%n",
            done / 1e6 / seconds, done / 1e6 / cpuSeconds);
        System.out.printf("machine load while measuring: %.1f (1-minute load average, %d cores)%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        System.out.printf("peak heap: %.0f MB (max heap %d MB)%n", peakHeap() / 1e6,
            Runtime.getRuntime().maxMemory() >> 20);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
