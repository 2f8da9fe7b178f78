package org.dossier.corpus;

/** Hears how a corpus run goes; called from worker threads, so implementations must be thread-safe. */
public interface CorpusListener {

    CorpusListener NONE = new CorpusListener() {};

    /** How many inputs and bytes the run has, once a background count has found out. */
    default void expected(long files, long bytes) {}

    /** One input is done (restored, skipped or failed). */
    default void done(DocumentResult result) {}

    /** The run is over. */
    default void finished(CorpusTotals totals) {}
}
