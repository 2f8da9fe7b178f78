package org.dossier.corpus;

import org.dossier.restore.Edition;

/**
 * Receives every edition a corpus run restores, as it is restored, with the raw text it came from:
 * the place for an index or a store to take documents in during the run instead of reading them
 * back afterwards. Called from worker threads (implementations must be thread-safe) just before
 * the edition file is written, so that an input counts as done only once both have it: a sink
 * that throws makes the input {@code failed}, with its message, and it is offered again on the
 * next run. A run killed between the two offers it again too, so a sink must take the same
 * document twice without harm (by its {@code sha256}).
 */
@FunctionalInterface
public interface EditionSink {

    EditionSink NONE = (path, sha256, raw, edition) -> {};

    /**
     * @param path the input's path as the summary gives it
     * @param sha256 the SHA-256 of the input's bytes (the edition file's name)
     * @param raw the decoded raw text the edition's offsets point into
     */
    void accept(String path, String sha256, String raw, Edition edition) throws Exception;
}
