package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.restore.RawText;
import org.dossier.restore.UnreadableInputException;

/** Reads a raw OCR report from disk for any command: size-checked, decoded by {@link RawText}. */
final class ReportFiles {
    /** One report is a few hundred kB; a file far larger is a corpus, to be read whole by no command but restore --whole. */
    static final long MAX_BYTES = 64L << 20;

    private ReportFiles() {}

    /** A one-line bad-input error for a missing file or a directory; nothing when {@code onDisk} is false. */
    static void check(Path path, boolean onDisk) {
        if (!onDisk) {
            return;
        }
        if (Files.isDirectory(path)) {
            throw UserException.badInput(path + ": is a directory, not a file");
        }
        if (!Files.exists(path)) {
            throw UserException.badInput("no such file: " + path);
        }
    }

    /**
     * The file's bytes, or a one-line bad-input error for a missing, directory or too large file
     * (read whole; {@code restore} reads a larger one page by page).
     */
    static byte[] bytes(Path path) {
        check(path, true);
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw UserException.badInput(path + ": " + (size >> 20) + " MB is too large for one report (limit "
                    + (MAX_BYTES >> 20) + " MB); split it into reports first");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw UserException.badInput("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** The decoded text of {@code bytes} read from {@code name}; binary data is a one-line bad-input error. */
    static String decode(String name, byte[] bytes) {
        try {
            return RawText.decode(bytes);
        } catch (UnreadableInputException e) {
            throw UserException.badInput(name + ": " + e.getMessage());
        }
    }

    /** The decoded text of the report at {@code path}. */
    static String text(Path path) {
        return decode(path.toString(), bytes(path));
    }

    /** As {@link #text}, and an empty file is a bad-input error too: there is no report to store. */
    static String report(Path path) {
        String raw = text(path);
        if (raw.isBlank()) {
            throw UserException.badInput(path + ": is empty; there is no report to import");
        }
        return raw;
    }
}
