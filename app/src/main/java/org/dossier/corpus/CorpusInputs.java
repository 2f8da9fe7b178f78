package org.dossier.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The inputs of a corpus run, streamed lazily so that a corpus of any size is never listed in
 * memory: every regular file under a folder whose name matches a glob (hidden files and folders,
 * and the run's own output folder, are left out), or the paths listed one per line in a list file
 * (blank lines and lines starting with {@code #} ignored; relative paths resolve against the list
 * file's folder).
 */
public final class CorpusInputs {

    /** The default name pattern of texts in a folder. */
    public static final String DEFAULT_GLOB = "*.txt";

    private final Path source;
    private final PathMatcher names;
    private final Path excluded;

    private CorpusInputs(Path source, String glob, Path excluded) {
        this.source = source;
        this.names = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    }

    /**
     * Inputs from {@code source}, a folder or a list file; {@code excluded} (may be null) is a
     * folder never entered, typically the run's output.
     */
    public static CorpusInputs of(Path source, String glob, Path excluded) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(glob, "glob");
        return new CorpusInputs(source, glob, excluded);
    }

    public Path source() {
        return source;
    }

    /** Whether inputs are read from a folder (else from a list file). */
    public boolean isFolder() {
        return Files.isDirectory(source);
    }

    /** A lazy stream of input paths; close it. */
    public Stream<Path> open() throws IOException {
        if (!Files.exists(source)) {
            throw new NoSuchFileException(source.toString());
        }
        return isFolder() ? walk() : listed();
    }

    /** The path an input is reported under: relative to the folder or list file it came from. */
    public String displayName(Path input) {
        Path base = isFolder() ? source : source.toAbsolutePath().getParent();
        Path abs = input.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : input.toString();
    }

    private Stream<Path> walk() throws IOException {
        return Files.walk(source)
            .filter(p -> !isUnderExcluded(p))
            .filter(p -> !isHidden(p))
            .filter(p -> names.matches(p.getFileName()))
            .filter(Files::isRegularFile);
    }

    private boolean isUnderExcluded(Path p) {
        return excluded != null && p.toAbsolutePath().normalize().startsWith(excluded);
    }

    private boolean isHidden(Path p) {
        Path rel = source.relativize(p);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Stream<Path> listed() throws IOException {
        Path base = source.toAbsolutePath().getParent();
        BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        return reader.lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> base.resolve(line).normalize())
            .onClose(() -> closeQuietly(reader));
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
