package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.restore.Edition;
import org.dossier.restore.RawText;
import org.dossier.restore.Restorer;

/**
 * Restores one file once and prints the heap it took: the peak of the heap pools while restoring
 * (garbage included, so it depends on {@code -Xmx}) and the live heap after a full collection
 * with the edition still held. {@code scripts/restore-heap} runs it under decreasing {@code -Xmx}
 * to find the smallest heap a file restores in.
 *
 * <p>Run: {@code RestorePeakHeap FILE}
 */
public final class RestorePeakHeap {
    private RestorePeakHeap() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Restorer restorer = Restorer.standard();
        restorer.restore("warm up the word list\n"); // the shared word list is not the report's cost
        System.gc();
        long before = used();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        byte[] bytes = Files.readAllBytes(file);
        String raw = RawText.decode(bytes);
        bytes = null;
        long start = System.nanoTime();
        Edition e = restorer.restore(raw);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peak();
        System.gc();
        long live = used();
        System.out.printf("%s: %.1f MB of text, %d paragraphs, restored in %.1f s; heap before %.0f MB,"
                + " peak %.0f MB, live after (text and edition held) %.0f MB, max heap %d MB%n",
            file.getFileName(), raw.length() / 1e6, e.paragraphs().size(), seconds, before / 1e6, peak / 1e6,
            live / 1e6, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long used() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
