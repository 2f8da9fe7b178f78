package org.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.restore.PagedRestorer;
import org.dossier.restore.RawText;
import org.dossier.restore.Restorer;
import org.dossier.restore.render.Format;
import org.dossier.restore.render.Spill;
import org.dossier.restore.render.Summary;

/**
 * Restores one file page by page, as {@code dossier restore FILE -o OUT} does above its threshold
 * (streamed JSON to a temporary file, deleted after), and prints the peak of the heap pools
 * (garbage included, so it depends on {@code -Xmx}), the wall-clock and the restoring thread's
 * CPU time and the throughput in MB of raw text (file bytes) per second. {@code scripts/restore-heap}
 * with {@code PAGED=1} runs it under rising {@code -Xmx} to find the smallest heap a file restores in.
 *
 * <p>Run: {@code PagedRestoreHeap FILE [WINDOW_MB]}
 */
public final class PagedRestoreHeap {
    private PagedRestoreHeap() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int windowMb = args.length > 1 ? Integer.parseInt(args[1]) : PagedRestorer.DEFAULT_WINDOW_CHARS >> 20;
        Restorer.standard().restore("warm up the word list\n"); // the shared word list is not the input's cost
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Path out = Files.createTempFile("paged-restore-", ".json");
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Summary.Counter counter;
        try (Reader raw = RawText.open(file).text(); Spill spill = Spill.in(out.getParent());
             Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            counter = new Summary.Counter(Format.JSON.sink(w, spill));
            PagedRestorer.withWindow(windowMb << 20).restore(raw, counter);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double mb = Files.size(file) / 1e6;
        long json = Files.size(out);
        Files.delete(out);
        System.out.printf("%s: %.1f MB in windows of %d MB, restored to %.0f MB of JSON in %.1f s (%.2f MB/s wall,"
                + " %.2f MB per CPU-second of the thread); peak heap %.0f MB, max heap %d MB; %s%n",
            file.getFileName(), mb, windowMb, json / 1e6, seconds, mb / seconds, mb / cpuSeconds, RestorePeakHeap.peak() / 1e6,
            Runtime.getRuntime().maxMemory() >> 20, counter.stats().lines().findFirst().orElse(""));
    }
}
