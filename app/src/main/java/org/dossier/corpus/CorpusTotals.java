package org.dossier.corpus;

/** What a whole corpus run did: inputs by outcome, bytes read and wall-clock time. */
public record CorpusTotals(long files, long restored, long skipped, long failed, long bytes, long millis) {

    static final CorpusTotals EMPTY = new CorpusTotals(0, 0, 0, 0, 0, 0);

    CorpusTotals plus(DocumentResult r) {
        return new CorpusTotals(files + 1,
            restored + (r.status() == DocumentStatus.RESTORED ? 1 : 0),
            skipped + (r.status() == DocumentStatus.SKIPPED ? 1 : 0),
            failed + (r.status() == DocumentStatus.FAILED ? 1 : 0),
            bytes + r.bytes(), millis);
    }

    CorpusTotals withMillis(long ms) {
        return new CorpusTotals(files, restored, skipped, failed, bytes, ms);
    }

    /** Throughput in megabytes (10^6 bytes) of input per second of wall-clock time. */
    public double megabytesPerSecond() {
        return millis == 0 ? 0 : bytes / 1e6 / (millis / 1000.0);
    }
}
