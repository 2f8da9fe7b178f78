package org.dossier.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.restore.Edition;
import org.dossier.restore.Restorer;

/**
 * Restores every text of a corpus on N worker threads, writing one edition JSON per distinct input
 * and one summary line per input (see {@link CorpusLayout}). A file that cannot be read or restored
 * is reported and skipped; a rerun skips inputs whose edition exists (by content hash), so an
 * interrupted run resumes where it stopped. Memory stays bounded whatever the corpus size: inputs
 * are streamed and at most {@code 2 × jobs} of them are read at any time.
 */
public final class CorpusRunner {

    private final CorpusLayout layout;
    private final int jobs;
    private final long maxBytes;
    private final Function<byte[], String> decoder;
    private final ThreadLocal<Function<String, Edition>> restorer;
    private final CorpusListener listener;
    private final EditionSink sink;

    private CorpusRunner(Builder b) {
        this.layout = new CorpusLayout(b.out);
        this.jobs = b.jobs;
        this.maxBytes = b.maxBytes;
        this.decoder = b.decoder;
        this.restorer = ThreadLocal.withInitial(b.restorers);
        this.listener = b.listener;
        this.sink = b.sink;
    }

    /** A runner writing to the folder {@code out}; by default on all cores with the standard restorer. */
    public static Builder writingTo(Path out) {
        return new Builder(Objects.requireNonNull(out, "out"));
    }

    public CorpusLayout layout() {
        return layout;
    }

    /** Runs over all inputs and returns what was done; only I/O on the summary itself stops a run. */
    public CorpusTotals run(CorpusInputs inputs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(layout.root());
        Run run = new Run(inputs);
        Thread counter = InputCounter.start(inputs, listener);
        try (SummaryLog summary = SummaryLog.append(layout.summary(), EditionJson.summaryWriter());
             Stream<Path> paths = inputs.open()) {
            run.all(paths.iterator(), summary);
        } finally {
            counter.interrupt();
        }
        CorpusTotals totals = run.totals().withMillis((System.nanoTime() - start) / 1_000_000);
        listener.finished(totals);
        return totals;
    }

    /** The state of one run: in-flight bound, running totals, contents being restored right now. */
    private final class Run {
        private final CorpusInputs inputs;
        private final Semaphore slots = new Semaphore(2 * jobs);
        private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
        private CorpusTotals totals = CorpusTotals.EMPTY;
        private IOException summaryFailure;

        Run(CorpusInputs inputs) {
            this.inputs = inputs;
        }

        void all(Iterator<Path> paths, SummaryLog summary) throws IOException, InterruptedException {
            ExecutorService pool = Executors.newFixedThreadPool(jobs, workerThreads());
            try {
                while (paths.hasNext() && failure() == null) {
                    Path input = paths.next();
                    slots.acquire();
                    pool.execute(() -> {
                        try {
                            record(process(input), summary);
                        } finally {
                            slots.release();
                        }
                    });
                }
                pool.shutdown();
                pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } finally {
                pool.shutdownNow();
            }
            if (failure() != null) {
                throw failure();
            }
        }

        private void record(DocumentResult result, SummaryLog summary) {
            try {
                summary.write(result);
            } catch (IOException e) {
                synchronized (this) {
                    summaryFailure = summaryFailure == null ? e : summaryFailure;
                }
            }
            synchronized (this) {
                totals = totals.plus(result);
            }
            listener.done(result);
        }

        synchronized CorpusTotals totals() {
            return totals;
        }

        private synchronized IOException failure() {
            return summaryFailure;
        }

        private DocumentResult process(Path input) {
            long t0 = System.nanoTime();
            String name = inputs.displayName(input);
            byte[] bytes;
            try {
                bytes = read(input);
            } catch (IOException | RuntimeException e) {
                return DocumentResult.failed(name, null, sizeOrZero(input), millisSince(t0), "cannot read: " + Attempt.oneLine(e));
            }
            String sha = TextFiles.sha256(bytes);
            String output = CorpusLayout.editionName(sha);
            if (Files.exists(layout.edition(sha))) {
                return DocumentResult.skipped(name, sha, bytes.length, millisSince(t0), output, "already restored");
            }
            if (!inProgress.add(sha)) {
                return DocumentResult.skipped(name, sha, bytes.length, millisSince(t0), output,
                    "same content as another input of this run");
            }
            try {
                return restore(name, sha, bytes, t0);
            } finally {
                inProgress.remove(sha);
            }
        }

        private DocumentResult restore(String name, String sha, byte[] bytes, long t0) {
            Attempt attempt = Attempt.restore(bytes, decoder, restorer.get());
            if (!attempt.succeeded()) {
                return DocumentResult.failed(name, sha, bytes.length, millisSince(t0), attempt.error());
            }
            try {
                sink.accept(name, sha, attempt.raw(), attempt.edition());
            } catch (Exception e) {
                return DocumentResult.failed(name, sha, bytes.length, millisSince(t0),
                    "not taken by the sink: " + Attempt.oneLine(e));
            }
            try {
                AtomicFiles.write(layout.edition(sha), out -> EditionJson.write(attempt.edition(), out));
            } catch (IOException e) {
                return DocumentResult.failed(name, sha, bytes.length, millisSince(t0),
                    "cannot write edition: " + Attempt.oneLine(e));
            }
            return DocumentResult.restored(name, sha, bytes.length, millisSince(t0),
                CorpusLayout.editionName(sha), attempt.edition());
        }

        private byte[] read(Path input) throws IOException {
            long size = Files.size(input);
            if (size > maxBytes) {
                throw new IOException("larger than the limit of " + maxBytes + " bytes (" + size + ")");
            }
            return Files.readAllBytes(input);
        }
    }

    private static long sizeOrZero(Path input) {
        try {
            return Files.size(input);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "corpus-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Configures a {@link CorpusRunner}. */
    public static final class Builder {
        private final Path out;
        private int jobs = Runtime.getRuntime().availableProcessors();
        private long maxBytes = 256L << 20;
        private Function<byte[], String> decoder = TextFiles::decode;
        private Supplier<Function<String, Edition>> restorers = () -> Restorer.standard()::restore;
        private CorpusListener listener = CorpusListener.NONE;
        private EditionSink sink = EditionSink.NONE;

        private Builder(Path out) {
            this.out = out;
        }

        /** Worker threads; at least 1. */
        public Builder jobs(int jobs) {
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
            }
            this.jobs = jobs;
            return this;
        }

        /** Inputs larger than this are reported as failed rather than read (bounds memory per worker). */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** Makes one restoring function per worker thread (the default: {@link Restorer#standard()}). */
        public Builder restorers(Supplier<Function<String, Edition>> restorers) {
            this.restorers = Objects.requireNonNull(restorers, "restorers");
            return this;
        }

        public Builder decoder(Function<byte[], String> decoder) {
            this.decoder = Objects.requireNonNull(decoder, "decoder");
            return this;
        }

        public Builder listener(CorpusListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Hands every restored edition to {@code sink} as well (an index, a store). */
        public Builder sink(EditionSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        public CorpusRunner build() {
            return new CorpusRunner(this);
        }
    }
}
