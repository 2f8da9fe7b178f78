package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.corpus.CorpusInputs;
import org.dossier.corpus.CorpusListener;
import org.dossier.corpus.CorpusRunner;
import org.dossier.corpus.CorpusTotals;
import org.dossier.corpus.ProgressReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier corpus …}: work on many texts at once. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Restore a whole corpus of OCR texts.",
    subcommands = {CorpusCommand.Restore.class, CorpusIndexCommand.class})
public final class CorpusCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw UserException.badUsage("missing subcommand: try 'dossier corpus --help'");
    }

    /** How progress is shown on standard error. */
    enum ProgressMode { AUTO, BAR, LINES, NONE }

    @Command(name = "restore", mixinStandardHelpOptions = true,
        description = {
            "Restores every text in a folder (or every path listed in a file, one per line) on all cores.",
            "Writes OUT/editions/xx/SHA256.json per distinct input and appends one line per input to "
                + "OUT/summary.jsonl. A bad file is reported and skipped; a rerun skips inputs already "
                + "restored (by content hash)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input restored or already done",
            "1:some inputs could not be restored (the others are done; see the summary), or the source is missing",
            "2:bad usage"})
    static final class Restore implements Callable<Integer> {

        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR|LIST", description = "A folder of texts or a file listing paths.")
        Path source;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "corpus-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: all cores).")
        Integer jobs;

        @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = CorpusInputs.DEFAULT_GLOB,
            description = "File names to take from a folder (default: ${DEFAULT-VALUE}).")
        String glob;

        @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else a line every 10 s), bar, lines or none.")
        ProgressMode progress;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (!Files.exists(source)) {
                throw UserException.badInput("no such folder or list file: " + source);
            }
            CorpusRunner.Builder runner = CorpusRunner.writingTo(out).listener(listener());
            if (jobs != null) {
                if (jobs < 1) {
                    throw UserException.badUsage("--jobs must be at least 1, not " + jobs);
                }
                runner.jobs(jobs);
            }
            CorpusTotals totals = runner.build().run(CorpusInputs.of(source, glob, out));
            report(totals);
            if (totals.failed() > 0) {
                throw UserException.badInput(totals.failed() + " of " + totals.files()
                    + " inputs could not be restored; see " + out.resolve("summary.jsonl"));
            }
            return ExitCode.OK;
        }

        private void report(CorpusTotals t) {
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%d inputs: %d restored, %d skipped, %d failed; %.1f MB in %.1f s (%.2f MB/s)%n",
                t.files(), t.restored(), t.skipped(), t.failed(), t.bytes() / 1e6, t.millis() / 1000.0,
                t.megabytesPerSecond());
            w.println("summary: " + out.resolve("summary.jsonl"));
            w.flush();
        }

        private CorpusListener listener() {
            ProgressMode mode = progress;
            if (mode == ProgressMode.AUTO) {
                mode = System.console() != null ? ProgressMode.BAR : ProgressMode.LINES;
            }
            return switch (mode) {
                case NONE -> CorpusListener.NONE;
                case BAR -> new ProgressReporter(spec.commandLine().getErr(), ProgressReporter.Style.BAR, 0, System::currentTimeMillis);
                default -> new ProgressReporter(spec.commandLine().getErr(), ProgressReporter.Style.LINES, 10_000, System::currentTimeMillis);
            };
        }
    }
}
