package org.dossier.restore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.restore.Edition;
import org.dossier.restore.PagedRestorer;
import org.dossier.restore.RawText;
import org.dossier.restore.Restorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class StreamedOutputTest {
    private static final Path SCHEMA = Path.of("..", "docs", "restore.schema.json");
    @TempDir Path dir;

    private static String flagship() throws IOException {
        try (InputStream in = StreamedOutputTest.class.getClassLoader()
                .getResourceAsStream("packages/far-east-1932/report.txt")) {
            return RawText.decode(in.readAllBytes());
        }
    }

    private String streamed(String raw, Format format, int window) throws IOException {
        StringWriter out = new StringWriter();
        try (Spill spill = Spill.in(dir)) {
            PagedRestorer.withWindow(window).restore(new StringReader(raw), format.sink(out, spill));
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "spill files are deleted");
        }
        return out.toString();
    }

    @Test
    void everyFormatStreamedFromOneWindowIsTheWholeRenderersOutputByteForByte() throws IOException {
        String raw = flagship();
        Edition e = Restorer.standard().restore(raw);
        for (Format f : Format.values()) {
            StringWriter whole = new StringWriter();
            f.renderer().render(e, whole);
            assertEquals(whole.toString(), streamed(raw, f, raw.length() + 1), f.name());
        }
    }

    @Test
    void jsonStreamedFromManyWindowsConformsToTheSchema() throws IOException {
        String raw = flagship();
        String json = streamed(raw + "\f\n" + raw, Format.JSON, 30_000);
        JsonNode root = JsonRenderer.mapper().readTree(json);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonRenderer.mapper().readTree(SCHEMA.toFile()));
        Set<ValidationMessage> problems = schema.validate(root);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(root.get("pages").size() >= 22, "both copies' pages");
        assertEquals(root.get("paragraphs").size(), root.get("stats").get("paragraphs").asInt());
        assertEquals("p" + root.get("paragraphs").size(),
            root.get("paragraphs").get(root.get("paragraphs").size() - 1).get("id").asText());
    }

    @Test
    void teiStreamedFromManyWindowsIsWellFormedWithEveryPageBreak() throws Exception {
        String raw = flagship();
        String tei = streamed(raw, Format.TEI, 30_000);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(tei.getBytes(StandardCharsets.UTF_8)));
        assertEquals(11, doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "pb").getLength());
        assertTrue(doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "note").getLength() >= 80);
    }

    @Test
    void textStreamedFromManyWindowsMarksEveryPageAndNote() throws IOException {
        String raw = flagship();
        String text = streamed(raw, Format.TEXT, 30_000);
        for (int page = 137; page <= 146; page++) {
            assertTrue(text.contains("[p. " + page + "]"), "page " + page);
        }
        assertTrue(text.contains("\nNotes\n\n1. "), "notes listed at the end");
        String md = streamed(raw, Format.MD, 30_000);
        assertTrue(md.contains("[^fn-1]") && md.contains("[^fn-1]: "), "markdown note and its text");
    }
}
