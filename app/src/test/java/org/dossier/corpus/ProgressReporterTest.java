package org.dossier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final StringWriter text = new StringWriter();

    @Test
    void logsPlainLinesAtTheIntervalAndFailuresAsTheyHappen() {
        ProgressReporter p = new ProgressReporter(new PrintWriter(text), ProgressReporter.Style.LINES, 10_000, now::get);

        now.addAndGet(4_000);
        p.done(restored(2_000_000));
        now.addAndGet(6_000);
        p.done(DocumentResult.failed("bad.txt", null, 1_000_000, 3, "cannot read: gone"));
        p.finished(new CorpusTotals(2, 1, 0, 1, 3_000_000, 10_000));

        assertEquals("""
            failed: bad.txt: cannot read: gone
            progress: 2 files, 3.0 MB, 0.30 MB/s, 1 failed, 10 s
            done: 2 files, 3.0 MB, 0.30 MB/s, 1 failed, 10 s
            """, text.toString());
    }

    @Test
    void drawsABarInPlaceWithTheShareDoneOnceInputsAreCounted() {
        ProgressReporter p = new ProgressReporter(new PrintWriter(text), ProgressReporter.Style.BAR, 0, now::get);
        p.expected(4, 8_000_000);

        now.addAndGet(2_000);
        p.done(restored(2_000_000));

        assertTrue(text.toString().startsWith("\r[######..................]  25% 1/4 files, 2.0 MB, 1.00 MB/s, 0 failed, 2 s"),
            text.toString());
    }

    private static DocumentResult restored(long bytes) {
        return DocumentResult.skipped("a.txt", "0".repeat(64), bytes, 1, "editions/00/x.json", "already restored");
    }
}
