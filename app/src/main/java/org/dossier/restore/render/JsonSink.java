package org.dossier.restore.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.restore.Correction;
import org.dossier.restore.EditionSink;
import org.dossier.restore.Footnote;
import org.dossier.restore.Hyphenation;
import org.dossier.restore.Metadata;
import org.dossier.restore.Page;
import org.dossier.restore.Paragraph;
import org.dossier.restore.RestoreIssue;
import org.dossier.restore.Stats;

/**
 * The JSON of {@link JsonRenderer}, written as the edition is committed: each array's items go to
 * a spill as compact JSON, and the document is assembled at the end, item by item, through the
 * renderer's own mapper, so that it is the same document the whole edition would give.
 */
final class JsonSink implements EditionSink {
    /** The edition's arrays in the order of its record components. */
    private static final List<String> ARRAYS = List.of("pages", "paragraphs", "footnotes", "hyphenation",
        "corrections", "issues");
    private static final ObjectWriter COMPACT = JsonRenderer.mapper().writer()
        .without(SerializationFeature.INDENT_OUTPUT).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private final Writer out;
    private final Spill spill;
    private final Map<String, JsonGenerator> items = new LinkedHashMap<>();
    private Metadata metadata;

    JsonSink(Writer out, Spill spill) {
        this.out = out;
        this.spill = spill;
    }

    @Override
    public void metadata(Metadata m) {
        metadata = m;
    }

    @Override
    public void page(Page p) throws IOException {
        item("pages", p);
    }

    @Override
    public void paragraph(Paragraph p, List<Page> beginning, List<Footnote> marked) throws IOException {
        item("paragraphs", p);
    }

    @Override
    public void footnote(Footnote f) throws IOException {
        item("footnotes", f);
    }

    @Override
    public void hyphenation(Hyphenation h) throws IOException {
        item("hyphenation", h);
    }

    @Override
    public void correction(Correction c) throws IOException {
        item("corrections", c);
    }

    @Override
    public void issue(RestoreIssue i) throws IOException {
        item("issues", i);
    }

    @Override
    public void finish(Stats stats, String sourceSha256) throws IOException {
        ObjectWriter pretty = JsonRenderer.mapper().writer();
        JsonGenerator g = pretty.createGenerator(out);
        g.writeStartObject();
        g.writeFieldName("metadata");
        pretty.writeValue(g, metadata);
        for (String name : ARRAYS) {
            g.writeFieldName(name);
            g.writeStartArray();
            JsonGenerator spilled = items.remove(name);
            if (spilled != null) {
                spilled.flush();
            }
            try (Reader r = spill.read(name); JsonParser p = JsonRenderer.mapper().getFactory().createParser(r)) {
                while (p.nextToken() != null) {
                    g.copyCurrentStructure(p);
                }
            }
            g.writeEndArray();
        }
        g.writeFieldName("stats");
        pretty.writeValue(g, stats);
        g.writeStringField("sourceSha256", sourceSha256);
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private void item(String array, Object value) throws IOException {
        JsonGenerator g = items.get(array);
        if (g == null) {
            g = COMPACT.createGenerator(spill.writer(array));
            items.put(array, g);
        }
        COMPACT.writeValue(g, value);
    }
}
