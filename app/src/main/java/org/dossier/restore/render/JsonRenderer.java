package org.dossier.restore.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import org.dossier.restore.Edition;

/** The full structure, as documented in {@code docs/restore.md}: record components in order. */
public final class JsonRenderer implements EditionRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void render(Edition edition, Writer out) throws IOException {
        MAPPER.writeValue(out, edition);
        out.write('\n');
    }

    /** The shared mapper, for readers of the JSON (tests, other commands). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
