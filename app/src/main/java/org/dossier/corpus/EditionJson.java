package org.dossier.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dossier.restore.Edition;
import org.dossier.restore.render.JsonRenderer;

/**
 * The JSON that corpus runs write: editions exactly as {@code dossier restore --format json}
 * renders them ({@link JsonRenderer}), and summary lines one per line.
 */
public final class EditionJson {

    private static final JsonRenderer EDITIONS = new JsonRenderer();
    private static final ObjectMapper SUMMARY = JsonMapper.builder().build();

    private EditionJson() {}

    /** Writes an edition to {@code out} (UTF-8), leaving the stream open. */
    public static void write(Edition edition, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        EDITIONS.render(edition, w);
        w.flush();
    }

    /** Reads an edition written by {@link #write}. */
    public static ObjectReader editionReader() {
        return JsonRenderer.mapper().readerFor(Edition.class);
    }

    static ObjectWriter summaryWriter() {
        return SUMMARY.writerFor(DocumentResult.class);
    }

    static ObjectReader summaryReader() {
        return SUMMARY.readerFor(DocumentResult.class);
    }
}
