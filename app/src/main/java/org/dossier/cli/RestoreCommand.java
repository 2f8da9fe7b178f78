package org.dossier.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.dossier.restore.Edition;
import org.dossier.restore.EditionSink;
import org.dossier.restore.PagedRestorer;
import org.dossier.restore.RawText;
import org.dossier.restore.Restorer;
import org.dossier.restore.UnreadableInputException;
import org.dossier.restore.render.Format;
import org.dossier.restore.render.Spill;
import org.dossier.restore.render.Summary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier restore}: restores a report from its raw OCR text. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
        "Restores a report from its raw OCR text.",
        "Finds pages and their printed numbers, body paragraphs with hyphenation resolved, footnotes",
        "linked to their markers, citations and proposed corrections (see docs/restore.md).",
        "Without FILE, restores the bundled flagship report and prints a summary.",
        "A file over " + RestoreCommand.PAGED_ABOVE_MB + " MB is restored page by page, a window of text at a time,",
        "in a heap that does not grow with the file (see 'Large inputs' in docs/restore.md)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (missing, unreadable or binary file; with --whole, a file over 64 MB)", "2:bad usage"})
public final class RestoreCommand implements Callable<Integer> {
    static final String FLAGSHIP = "packages/far-east-1932/report.txt";
    /** Files up to this size are restored whole: a whole restoration's heap is about ten times the text. */
    static final int PAGED_ABOVE_MB = 16;
    /** A window's characters are counted in an {@code int}; a restoration's heap is about ten times its text. */
    static final int MAX_WINDOW_MB = 1024;

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
        description = "Raw OCR text (UTF-8, Windows-1252 or Latin-1). Default: the bundled flagship report.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: json when FILE or -o is given).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the output to OUT instead of stdout.")
    Path output;

    @Option(names = "--stats", description = "Print counts at a glance: pages, paragraphs, footnotes, hyphenation, corrections.")
    boolean stats;

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--window", paramLabel = "MB", defaultValue = "2",
        description = "Text restored at a time on the paged path, in MB (default: ${DEFAULT-VALUE}).")
    int windowMb;

    static final class Mode {
        @Option(names = "--paged", description = "Restore page by page whatever the file's size.")
        boolean paged;

        @Option(names = "--whole", description = "Restore the text whole whatever its size (the heap grows with it).")
        boolean whole;
    }

    @Override
    public Integer call() throws IOException {
        if (windowMb < 1 || windowMb > MAX_WINDOW_MB) {
            throw UserException.badUsage("--window must be 1 to " + MAX_WINDOW_MB + " MB, not " + windowMb);
        }
        if (paged()) {
            return callPaged();
        }
        String raw = file == null ? ReportFiles.decode(FLAGSHIP, flagship()) : ReportFiles.text(file);
        Edition edition = Restorer.standard().restore(raw);
        if (!rendering()) {
            printSummary(Summary.metadata(edition), Summary.stats(edition));
            return ExitCode.OK;
        }
        Format f = format == null ? Format.JSON : format;
        writeOutput(out -> f.renderer().render(edition, out));
        printStats(Summary.stats(edition));
        return ExitCode.OK;
    }

    private boolean paged() throws IOException {
        if (mode != null) {
            return mode.paged;
        }
        return file != null && Files.isRegularFile(file) && Files.size(file) > ((long) PAGED_ABOVE_MB << 20);
    }

    private boolean rendering() {
        return format != null || output != null || (file != null && !stats);
    }

    private Integer callPaged() throws IOException {
        ReportFiles.check(file == null ? Path.of(FLAGSHIP) : file, file != null);
        PagedRestorer restorer = PagedRestorer.withWindow(windowMb << 20);
        Format f = format == null ? Format.JSON : format;
        Path spillIn = output == null ? Path.of(System.getProperty("java.io.tmpdir"))
            : output.toAbsolutePath().getParent();
        Summary.Counter[] counter = new Summary.Counter[1];
        try (Reader raw = open(); Spill spill = Spill.in(spillIn)) {
            if (rendering()) {
                writeOutput(out -> {
                    counter[0] = new Summary.Counter(f.sink(out, spill));
                    restorer.restore(raw, counter[0]);
                });
            } else {
                counter[0] = new Summary.Counter(EditionSink.discard());
                restorer.restore(raw, counter[0]);
            }
        } catch (UnreadableInputException e) {
            throw UserException.badInput(name() + ": " + e.getMessage());
        }
        if (rendering()) {
            printStats(counter[0].stats());
        } else {
            printSummary(Summary.metadata(counter[0].metadata()), counter[0].stats());
        }
        return ExitCode.OK;
    }

    /** The summary printed when nothing is rendered: the bundled report's metadata too. */
    private void printSummary(String metadata, String counts) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (file == null) {
            stdout.print("Restored the bundled report (" + FLAGSHIP + ")\n\n");
            stdout.print(metadata);
            stdout.print("\n");
        }
        stdout.print(counts);
        stdout.flush();
    }

    private Reader open() throws IOException {
        try {
            return file == null ? new StringReader(ReportFiles.decode(FLAGSHIP, flagship())) : RawText.open(file).text();
        } catch (UnreadableInputException e) {
            throw UserException.badInput(name() + ": " + e.getMessage());
        }
    }

    private String name() {
        return file == null ? FLAGSHIP : file.toString();
    }

    private interface Output {
        void write(Writer out) throws IOException;
    }

    /** Writes to stdout, or to a temporary file moved to OUT once complete: nothing partial is left at OUT. */
    private void writeOutput(Output body) throws IOException {
        if (output == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            body.write(stdout);
            stdout.flush();
            return;
        }
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                body.write(w);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The counts, on stdout when the output went to a file, else on stderr beside it. */
    private void printStats(String summary) {
        if (!stats) {
            return;
        }
        PrintWriter to = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        to.print(summary);
        to.flush();
    }

    private static byte[] flagship() throws IOException {
        try (InputStream in = RestoreCommand.class.getClassLoader().getResourceAsStream(FLAGSHIP)) {
            if (in == null) {
                throw new IllegalStateException("bundled report missing from the jar: " + FLAGSHIP);
            }
            return in.readAllBytes();
        }
    }
}
