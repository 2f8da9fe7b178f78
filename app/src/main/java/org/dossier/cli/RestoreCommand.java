package org.dossier.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.restore.Edition;
import org.dossier.restore.Restorer;
import org.dossier.restore.render.Format;
import org.dossier.restore.render.Summary;
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
        "Without FILE, restores the bundled flagship report and prints a summary."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (missing, unreadable, binary or too large a file)", "2:bad usage"})
public final class RestoreCommand implements Callable<Integer> {
    static final String FLAGSHIP = "packages/far-east-1932/report.txt";

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

    @Override
    public Integer call() throws IOException {
        String raw = file == null ? ReportFiles.decode(FLAGSHIP, flagship()) : ReportFiles.text(file);
        Edition edition = Restorer.standard().restore(raw);
        PrintWriter stdout = spec.commandLine().getOut();
        boolean render = format != null || output != null || (file != null && !stats);
        if (!render) {
            if (file == null) {
                stdout.print("Restored the bundled report (" + FLAGSHIP + ")\n\n");
                stdout.print(Summary.metadata(edition));
                stdout.print("\n");
            }
            stdout.print(Summary.stats(edition));
            stdout.flush();
            return ExitCode.OK;
        }
        Format f = format == null ? Format.JSON : format;
        if (output == null) {
            f.renderer().render(edition, stdout);
            stdout.flush();
            if (stats) {
                spec.commandLine().getErr().print(Summary.stats(edition));
                spec.commandLine().getErr().flush();
            }
        } else {
            Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                f.renderer().render(edition, w);
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (stats) {
                stdout.print(Summary.stats(edition));
                stdout.flush();
            }
        }
        return ExitCode.OK;
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
