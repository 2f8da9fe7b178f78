package org.dossier.restore.render;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named temporary files that a streamed output writes parts of its document to while the edition
 * is being restored (the items of an array, the notes listed at the end), to be copied into the
 * document once it is complete. Closing deletes them and their folder.
 */
public final class Spill implements Closeable {
    private final Path dir;
    private final Map<String, Writer> writers = new LinkedHashMap<>();

    private Spill(Path dir) {
        this.dir = dir;
    }

    /** A spill in a new temporary folder inside {@code parent}. */
    public static Spill in(Path parent) throws IOException {
        return new Spill(Files.createTempDirectory(parent, "dossier-spill-"));
    }

    /** The writer of part {@code name}, created on first use. */
    Writer writer(String name) throws IOException {
        Writer w = writers.get(name);
        if (w == null) {
            w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8), 1 << 16);
            writers.put(name, w);
        }
        return w;
    }

    /** Whether anything was written to part {@code name}. */
    private boolean has(String name) {
        return writers.containsKey(name);
    }

    /** Finishes part {@code name} and opens it for reading; an unused part reads as empty. */
    Reader read(String name) throws IOException {
        Writer w = writers.remove(name);
        if (w == null) {
            return Reader.nullReader();
        }
        w.close();
        return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** Copies part {@code name} to {@code out}. */
    void copy(String name, Writer out) throws IOException {
        try (Reader r = read(name)) {
            r.transferTo(out);
        }
    }

    /**
     * Copies part {@code name} to {@code out} between {@code opening} and {@code closing}, or
     * writes nothing if the part is empty: a section (notes, orphans) printed only when it has
     * something in it.
     */
    void copySection(String name, String opening, String closing, Writer out) throws IOException {
        if (has(name)) {
            out.write(opening);
            copy(name, out);
            out.write(closing);
        }
    }

    @Override
    public void close() throws IOException {
        for (Writer w : writers.values()) {
            w.close();
        }
        writers.clear();
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
