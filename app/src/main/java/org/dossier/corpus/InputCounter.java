package org.dossier.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Counts a run's inputs and bytes in the background so that progress can show the share done
 * without holding the list of inputs: the count is a second lazy pass, dropped if the run ends first.
 */
final class InputCounter {

    private InputCounter() {}

    static Thread start(CorpusInputs inputs, CorpusListener listener) {
        Thread t = new Thread(() -> count(inputs, listener), "corpus-counter");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        if (listener != CorpusListener.NONE) {
            t.start();
        }
        return t;
    }

    private static void count(CorpusInputs inputs, CorpusListener listener) {
        long files = 0;
        long bytes = 0;
        try (Stream<Path> paths = inputs.open()) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                files++;
                bytes += sizeOrZero(p);
            }
        } catch (IOException | UncheckedIOException e) {
            return; // the run itself reports unreadable inputs; progress just stays without a total
        }
        listener.expected(files, bytes);
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
