package org.dossier.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.export.CsvExport;
import org.dossier.pkg.export.GeoJsonExport;
import org.dossier.pkg.export.JsonLdExport;
import org.dossier.pkg.export.TeiExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier export}: the package as JSON-LD, GeoJSON, CSV per kind, or the annotated text as TEI. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the package: jsonld (with Wikidata ids), geojson (places and lines, projected",
        "lines marked), csv (one file per kind, into a folder or a .zip), tei (the restored text tagged at",
        "each anchor)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { JSONLD, GEOJSON, CSV, TEI }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonld, geojson, csv or tei.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
        description = "Output file (default: standard output); for csv a folder, or a file ending in .zip.")
    Path output;

    ExportCommand() {
        this(Packages.Loader.STANDARD);
    }

    ExportCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws IOException {
        if (format == Format.CSV && output == null) {
            throw UserException.badUsage("export --format csv writes one file per kind: give -o FOLDER or -o FILE.zip");
        }
        Dossier d = Packages.open(loader, pkg.dir);
        switch (format) {
            case JSONLD -> emit(JsonOutput.write(JsonLdExport.of(d)));
            case GEOJSON -> emit(JsonOutput.write(GeoJsonExport.of(d)));
            case TEI -> emit(TeiExport.of(d));
            default -> csv(d);
        }
        return ExitCode.OK;
    }

    private void emit(String text) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
    }

    private void csv(Dossier d) throws IOException {
        if (output.getFileName().toString().endsWith(".zip")) {
            try (OutputStream file = Files.newOutputStream(output); ZipOutputStream zip = new ZipOutputStream(file)) {
                CsvExport.write(d, (name, bytes) -> {
                    try {
                        zip.putNextEntry(new ZipEntry(name));
                        zip.write(bytes);
                        zip.closeEntry();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } else {
            Files.createDirectories(output);
            CsvExport.write(d, (name, bytes) -> {
                try {
                    Files.write(output.resolve(name), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
