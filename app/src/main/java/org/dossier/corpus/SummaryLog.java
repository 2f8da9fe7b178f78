package org.dossier.corpus;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The JSON Lines summary, appended to across runs (a rerun adds lines for what it did). Lines are
 * written whole and flushed one by one; if a killed run tore the last line, the next run starts on
 * a fresh line so that only that one line is unreadable.
 */
final class SummaryLog implements Closeable {

    private final BufferedWriter out;
    private final ObjectWriter json;

    private SummaryLog(BufferedWriter out, ObjectWriter json) {
        this.out = out;
        this.json = json;
    }

    static SummaryLog append(Path file, ObjectWriter json) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean torn = endsWithoutNewline(file);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (torn) {
            out.newLine();
        }
        return new SummaryLog(out, json);
    }

    synchronized void write(DocumentResult result) throws IOException {
        out.write(json.writeValueAsString(result));
        out.write('\n');
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    private static boolean endsWithoutNewline(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - 1);
            return raf.read() != '\n';
        }
    }
}
