package org.dossier.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.restore.Edition;

/**
 * Reads what corpus runs wrote to an output folder, lazily, for whatever consumes a restored corpus
 * (an index, a store): the distinct editions by content hash, and the summary lines that say which
 * input paths gave them. Nothing is held in memory beyond the item being read.
 */
public final class CorpusOutput {

    /** One edition file: the SHA-256 of the input bytes it was restored from, and where it is. */
    public record EditionFile(String sha256, Path file) {}

    private final CorpusLayout layout;

    private CorpusOutput(Path root) {
        this.layout = new CorpusLayout(root);
    }

    public static CorpusOutput of(Path root) {
        return new CorpusOutput(Objects.requireNonNull(root, "root"));
    }

    /** Every edition written so far, each distinct content once; close the stream. */
    public Stream<EditionFile> editions() throws IOException {
        Path dir = layout.root().resolve("editions");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        return Files.walk(dir)
            .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.json"))
            .map(p -> new EditionFile(p.getFileName().toString().substring(0, 64), p));
    }

    /** The edition restored from input bytes hashing to {@code sha256}, if one was written. */
    public Optional<Edition> findEdition(String sha256) throws IOException {
        Path file = layout.edition(sha256);
        return Files.exists(file) ? Optional.of(EditionJson.editionReader().readValue(file.toFile())) : Optional.empty();
    }

    /**
     * Every summary line of every run, oldest first (an input appears once per run that saw it); a line
     * torn by a killed run is left out. Close the stream.
     */
    public Stream<DocumentResult> summary() throws IOException {
        if (!Files.exists(layout.summary())) {
            return Stream.empty();
        }
        BufferedReader reader = Files.newBufferedReader(layout.summary(), StandardCharsets.UTF_8);
        ObjectReader json = EditionJson.summaryReader();
        return reader.lines()
            .map(line -> parse(json, line))
            .flatMap(Optional::stream)
            .onClose(() -> {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }

    private static Optional<DocumentResult> parse(ObjectReader json, String line) {
        try {
            return line.isBlank() ? Optional.empty() : Optional.of(json.readValue(line));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
