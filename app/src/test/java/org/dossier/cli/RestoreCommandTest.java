package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.restore.render.JsonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

class RestoreCommandTest {
    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void withoutAFileRestoresTheBundledReportAndSummarises() {
        Run r = run("restore");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("The Soviet Union and Japan in the Far East"), r.out());
        assertTrue(r.out().contains("pages:        11 (printed 136–146"), r.out());
        assertTrue(r.out().contains("footnotes:    86 found"), r.out());
    }

    @Test
    void writesJsonWithTheDocumentedFields() throws Exception {
        Path out = dir.resolve("edition.json");
        Run r = run("restore", "--format", "json", "-o", out.toString(), "--stats");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("hyphenation:"), "--stats prints counts");
        JsonNode root = JsonRenderer.mapper().readTree(out.toFile());
        for (String field : new String[] {"metadata", "pages", "paragraphs", "footnotes", "hyphenation", "stats"}) {
            assertTrue(root.has(field), field);
        }
        JsonNode page = root.get("pages").get(1);
        assertEquals(137, page.get("number").asInt());
        assertTrue(page.has("startLine") && page.has("endLine") && page.has("runningHead"));
        JsonNode note = root.get("footnotes").get(0);
        assertTrue(note.get("marker").has("paragraph") && note.get("marker").has("offset"));
        assertTrue(note.has("citations"));
        JsonNode h = root.get("hyphenation").get(0);
        assertTrue(h.has("line") && h.has("left") && h.has("right") && h.has("joined"));
    }

    @Test
    void writesTeiThatIsWellFormedWithPageBreaksAndNotes() throws Exception {
        Path out = dir.resolve("edition.xml");
        assertEquals(0, run("restore", "--format", "tei", "-o", out.toString()).code());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertEquals(11, doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "pb").getLength());
        assertTrue(doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "note").getLength() >= 80);
        assertTrue(doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "bibl").getLength() >= 50);
    }

    @Test
    void writesHtmlMarkdownAndText() throws Exception {
        for (String format : new String[] {"html", "md", "text"}) {
            Path out = dir.resolve("edition." + format);
            assertEquals(0, run("restore", "--format", format, "-o", out.toString()).code(), format);
            String s = Files.readString(out);
            assertTrue(s.contains("137"), format);
        }
        assertTrue(Files.readString(dir.resolve("edition.html")).contains("<sup><a href=\"#fn-1\""));
        assertTrue(Files.readString(dir.resolve("edition.md")).contains("[^fn-1]:"));
    }

    @Test
    void restoresAGivenFileInWindows1252() throws Exception {
        Path file = dir.resolve("cp1252.txt");
        Files.write(file, "A paragraph of text with “curly quotes” in it,\nrunning over three lines of the body so that\nit is taken for prose by the restorer.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Run r = run("restore", file.toString(), "--format", "text");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("“curly quotes”"), r.out());
    }

    @Test
    void refusesBinaryInputWithOneLine() throws Exception {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Run r = run("restore", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("dossier: ") && r.err().contains("binary data"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aFileOver16MegabytesIsReadPageByPageAndBinaryDataIsStillOneLine() throws Exception {
        Path file = dir.resolve("corpus.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: NUL bytes, refused from the head of the file
        }
        Path out = dir.resolve("out.json");
        Run r = run("restore", file.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("binary data, not text (NUL byte at offset 0)"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out), "nothing left at OUT");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary or spill file left");
        }
    }

    @Test
    void pagedRestoreOfAReportGivesTheSameOutputAndCounts() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.copy(Path.of(getClass().getClassLoader().getResource(RestoreCommand.FLAGSHIP).toURI()), file);
        Run whole = run("restore", file.toString(), "--stats", "--format", "md");
        Run paged = run("restore", file.toString(), "--stats", "--format", "md", "--paged");
        assertEquals(0, paged.code(), paged.err());
        assertEquals(whole.out(), paged.out());
        assertEquals(whole.err(), paged.err());
        Run counts = run("restore", file.toString(), "--stats", "--paged", "--window", "1");
        assertTrue(counts.out().startsWith("pages:        11 (printed 136–146"), counts.out());
    }

    @Test
    void theBundledReportSummedUpPageByPageReadsAsRestoredWhole() {
        assertEquals(run("restore").out(), run("restore", "--paged").out());
    }

    @Test
    void pagedAndWholeTogetherOrAWindowOutOfRangeAreBadUsage() {
        assertEquals(2, run("restore", "--paged", "--whole").code());
        for (String mb : new String[] {"0", "4096"}) {
            Run r = run("restore", "--paged", "--window", mb);
            assertEquals(2, r.code(), mb);
            assertTrue(r.err().contains("--window must be 1 to 1024 MB"), r.err());
        }
    }

    @Test
    void missingFileIsBadInput() {
        Run r = run("restore", dir.resolve("nope.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void unknownFormatIsBadUsage() {
        Run r = run("restore", "--format", "pdf");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void emptyFileGivesAnEmptyEdition() throws Exception {
        Path file = dir.resolve("empty.txt");
        Files.write(file, new byte[0]);
        Run r = run("restore", file.toString(), "--stats");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("paragraphs:   0"), r.out());
    }

    static ByteArrayInputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
