package org.dossier.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.dossier.restore.Edition;
import org.dossier.restore.Stats;

/**
 * One line of a corpus run's summary: what happened to one input. Counts are null unless the input
 * was restored in this run; {@code error} says why it failed, {@code reason} why it was skipped;
 * {@code output} is the edition's path relative to the output folder (also for skipped inputs,
 * whose edition already exists).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "sha256", "bytes", "ms", "status", "output", "error", "reason"})
public record DocumentResult(
    String path,
    String sha256,
    long bytes,
    long ms,
    DocumentStatus status,
    String output,
    String error,
    String reason,
    Integer pages,
    Integer paragraphs,
    Integer footnotes,
    Integer footnotesLinked,
    Integer footnotesOrphaned,
    Integer markersOrphaned,
    Integer corrections,
    Integer issues) {

    static DocumentResult restored(String path, String sha256, long bytes, long ms, String output, Edition edition) {
        Stats s = edition.stats();
        return new DocumentResult(path, sha256, bytes, ms, DocumentStatus.RESTORED, output, null, null,
            s.pages(), s.paragraphs(), s.footnotes(), s.footnotesLinked(), s.footnotesOrphaned(),
            s.markersOrphaned(), edition.corrections().size(), edition.issues().size());
    }

    static DocumentResult skipped(String path, String sha256, long bytes, long ms, String output, String why) {
        return new DocumentResult(path, sha256, bytes, ms, DocumentStatus.SKIPPED, output, null, why,
            null, null, null, null, null, null, null, null);
    }

    static DocumentResult failed(String path, String sha256, long bytes, long ms, String error) {
        return new DocumentResult(path, sha256, bytes, ms, DocumentStatus.FAILED, null, error, null,
            null, null, null, null, null, null, null, null);
    }
}
