package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.corpus.CorpusInputs;
import org.dossier.restore.Restorer;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier corpus index}: restores every text of a corpus on all cores and stores it, so that
 * search works across the documents. Restoring runs in parallel; writing is one transaction per
 * document on one thread, in input order, so an interruption loses at most the document being
 * written and a rerun skips what is stored (by content hash).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {
        "Restores every text in a folder (or every path listed in a file) and stores it with its full-text index.",
        "Texts already stored (same content) are skipped; a bad file is reported and skipped."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input stored or already stored",
        "1:some inputs could not be read or restored (the others are stored), or the source is missing",
        "2:bad usage",
        "3:the store could not be opened or written"})
final class CorpusIndexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|LIST", description = "A folder of texts or a file listing paths.")
    Path source;

    @Option(names = "--jobs", paramLabel = "N", description = "Restoring threads (default: all cores).")
    Integer jobs;

    @Mixin StoreOption store;

    /** What one worker prepared: a submission to store, or why the input was skipped or failed (a whole line). */
    private record Prepared(String name, Submission submission, String skipped, String error) {}

    @Override
    public Integer call() throws IOException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw UserException.badUsage("--jobs must be at least 1");
        }
        CorpusInputs inputs = CorpusInputs.of(source, CorpusInputs.DEFAULT_GLOB, null);
        if (!java.nio.file.Files.exists(source)) {
            throw UserException.badInput("no such folder or list file: " + source);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int stored = 0;
        int already = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Store s = store.open(); Stream<Path> paths = inputs.open()) {
            Ingest ingest = new Ingest(Restorer.standard()::restore);
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            Iterator<Path> it = paths.iterator();
            while (it.hasNext() || !window.isEmpty()) {
                // A bounded window keeps memory flat whatever the corpus size.
                while (it.hasNext() && window.size() < threads * 2) {
                    Path p = it.next();
                    String name = inputs.displayName(p);
                    window.add(pool.submit(() -> prepare(s, ingest, p, name)));
                }
                Prepared done = take(window.removeFirst());
                if (done.error() != null) {
                    failed++;
                    err.println("dossier: " + done.error());
                } else if (done.skipped() != null) {
                    already++;
                } else {
                    s.importDocument(done.submission());
                    stored++;
                }
            }
            out.printf("%d stored, %d already stored, %d failed, in %s%n", stored, already, failed,
                s.location().display());
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return failed == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private static Prepared prepare(Store s, Ingest ingest, Path p, String name) {
        try {
            String raw = ReportFiles.report(p);
            if (s.findSlugBySha256(Store.contentHash(raw)).isPresent()) {
                return new Prepared(name, null, "already stored", null);
            }
            return new Prepared(name, ingest.report(p.getFileName().toString(), raw), null, null);
        } catch (UserException e) {
            return new Prepared(name, null, null, e.getMessage()); // names the file already
        } catch (RuntimeException e) {
            return new Prepared(name, null, null, name + ": cannot be restored: " + e);
        }
    }

    private static Prepared take(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCode.INTERNAL, "interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
