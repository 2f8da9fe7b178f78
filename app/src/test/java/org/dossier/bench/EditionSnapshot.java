package org.dossier.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.restore.RawText;
import org.dossier.restore.Restorer;
import org.dossier.restore.render.JsonRenderer;

/**
 * Writes the JSON edition of each input file into a folder (one {@code NAME.json} per input), so
 * that two builds of the restorer can be compared byte for byte. Used by
 * {@code scripts/restore-golden} to check that a performance change leaves every output as it was.
 *
 * <p>Run: {@code EditionSnapshot OUT_DIR FILE...}
 */
public final class EditionSnapshot {
    private EditionSnapshot() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EditionSnapshot OUT_DIR FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        JsonRenderer json = new JsonRenderer();
        for (int i = 1; i < args.length; i++) {
            Path in = Path.of(args[i]);
            String raw = RawText.decode(Files.readAllBytes(in));
            StringWriter w = new StringWriter();
            json.render(Restorer.standard().restore(raw), w);
            String name = in.getFileName().toString().replaceFirst("\\.txt$", "") + ".json";
            Files.writeString(out.resolve(name), w.toString(), StandardCharsets.UTF_8);
        }
    }
}
