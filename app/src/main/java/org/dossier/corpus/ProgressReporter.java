package org.dossier.corpus;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows a run's progress on a stream: a bar redrawn in place (files, MB, MB/s, failures, and the
 * share done once the inputs are counted) for a terminal, or a plain line every
 * {@code lineIntervalMillis} for logs. Failures are always printed as they happen, one line each.
 */
public final class ProgressReporter implements CorpusListener {

    /** How progress is drawn. */
    public enum Style { BAR, LINES }

    private static final int BAR_WIDTH = 24;
    private static final long BAR_INTERVAL_MILLIS = 200;

    private final PrintWriter out;
    private final Style style;
    private final long intervalMillis;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long expectedFiles = -1;
    private volatile long expectedBytes = -1;
    private long lastDrawn;

    public ProgressReporter(PrintWriter out, Style style, long lineIntervalMillis, LongSupplier clockMillis) {
        this.out = out;
        this.style = style;
        this.intervalMillis = style == Style.BAR ? BAR_INTERVAL_MILLIS : lineIntervalMillis;
        this.clock = clockMillis;
        this.start = clockMillis.getAsLong();
        this.lastDrawn = start;
    }

    @Override
    public void expected(long files, long bytes) {
        this.expectedFiles = files;
        this.expectedBytes = bytes;
    }

    @Override
    public void done(DocumentResult r) {
        files.incrementAndGet();
        bytes.addAndGet(r.bytes());
        if (r.status() == DocumentStatus.FAILED) {
            failed.incrementAndGet();
            synchronized (this) {
                clearBar();
                out.println("failed: " + r.path() + ": " + r.error());
            }
        }
        long now = clock.getAsLong();
        synchronized (this) {
            if (now - lastDrawn >= intervalMillis) {
                lastDrawn = now;
                draw(now, false);
            }
        }
    }

    @Override
    public synchronized void finished(CorpusTotals totals) {
        draw(clock.getAsLong(), true);
    }

    private void draw(long now, boolean last) {
        String status = status(now);
        if (style == Style.BAR) {
            out.print("\r" + bar() + status + "\033[K" + (last ? "\n" : ""));
        } else {
            out.println((last ? "done: " : "progress: ") + status);
        }
        out.flush();
    }

    private void clearBar() {
        if (style == Style.BAR) {
            out.print("\r\033[K");
        }
    }

    private String bar() {
        double share = share();
        if (share < 0) {
            return "";
        }
        int filled = (int) Math.round(Math.min(1, share) * BAR_WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%% ", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), share * 100);
    }

    private double share() {
        if (expectedBytes > 0) {
            return bytes.get() / (double) expectedBytes;
        }
        return expectedFiles > 0 ? files.get() / (double) expectedFiles : -1;
    }

    private String status(long now) {
        double seconds = Math.max(1, now - start) / 1000.0;
        double mb = bytes.get() / 1e6;
        String of = expectedFiles >= 0 ? "/" + expectedFiles : "";
        return String.format(Locale.ROOT, "%d%s files, %.1f MB, %.2f MB/s, %d failed, %.0f s",
            files.get(), of, mb, mb / seconds, failed.get(), seconds);
    }
}
