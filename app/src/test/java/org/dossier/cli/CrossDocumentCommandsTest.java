package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import PACKAGE}, then {@code timeline --stored} and {@code facts --stored} over both bundled packages. */
class CrossDocumentCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static String folder(String id) throws Exception {
        return Path.of(CrossDocumentCommandsTest.class.getResource("/packages/" + id).toURI()).toString();
    }

    @Test
    void importedPackagesAnswerTimelineAndFactsAcrossDocumentsEachNamingItsDocument() throws Exception {
        String db = dir.resolve("d.db").toString();
        Run first = run("import", folder("far-east-1932"), "--db", db);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("as 'far-east-1932'") && first.out().contains("with package far-east-1932"),
            first.out());
        assertEquals(0, run("import", folder("yalta-manchuria-1946"), "--db", db).code());
        Run again = run("import", folder("yalta-manchuria-1946"), "--db", db);
        assertTrue(again.out().startsWith("already stored:") && again.out().contains("unchanged package"), again.out());

        Run timeline = run("timeline", "--stored", "--db", db, "--about", "Chinese Eastern Railway",
            "--from", "1932", "--to", "1946", "--format", "json");
        assertEquals(0, timeline.code(), timeline.err());
        JsonNode doc = JSON.readTree(timeline.out());
        assertEquals(2, doc.get("documents").size());
        List<String> slugs = new ArrayList<>();
        String previous = "";
        for (JsonNode e : doc.get("events")) {
            slugs.add(e.get("document").get("slug").asText());
            String day = e.get("earliest").isNull() ? e.get("latest").asText() : e.get("earliest").asText();
            assertTrue(previous.compareTo(day) <= 0, previous + " then " + day);
            previous = day;
            assertTrue(e.has("anchor") && e.has("page") && e.has("cameo"), e.toString());
        }
        assertTrue(slugs.contains("far-east-1932") && slugs.contains("yalta-manchuria-1946"), slugs.toString());
        assertTrue(slugs.indexOf("yalta-manchuria-1946") > slugs.lastIndexOf("far-east-1932"), "1945 after 1932");

        Run facts = run("facts", "--stored", "--db", db, "--about", "cer", "--kind", "line", "--format", "csv");
        assertEquals(0, facts.code(), facts.err());
        List<String> rows = facts.out().lines().filter(l -> l.contains(",line,cer,")).toList();
        assertEquals(2, rows.size(), facts.out());
        assertTrue(rows.get(0).startsWith("far-east-1932,far-east-1932,") && rows.get(1).startsWith(
            "yalta-manchuria-1946,yalta-manchuria-1946,"), rows.toString());

        Run table = run("timeline", "--stored", "--db", db, "--actor", "T. V. Soong");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().startsWith("DATE") && table.out().contains("DOCUMENT")
            && table.out().contains("yalta-manchuria-1946") && table.out().contains("sino-soviet-treaty-1945-08-14"),
            table.out());
    }

    @Test
    void badUsageOfTheCrossDocumentOptionsIsOneLineAndExitTwo() throws Exception {
        String db = dir.resolve("e.db").toString();
        assertEquals(0, run("import", folder("yalta-manchuria-1946"), "--db", db).code());
        for (String[] args : List.of(
                new String[] {"timeline", "--stored", "--package", folder("yalta-manchuria-1946"), "--db", db},
                new String[] {"facts", "--db", db},
                new String[] {"timeline", "--stored", "--db", db, "--about", "Atlantis"},
                new String[] {"timeline", "--stored", "--db", db, "--actor", "Nobody At All"})) {
            Run r = run(args);
            assertEquals(ExitCode.BAD_USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void theSinglePackagePathFiltersByWhatItemsAreAbout() throws Exception {
        Run r = run("timeline", "--package", folder("yalta-manchuria-1946"), "--about", "Port Arthur", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("yalta-manchuria-1946", doc.get("package").asText());
        List<String> ids = new ArrayList<>();
        doc.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertEquals(List.of("liaotung-lease-obtained-1898", "liaotung-lease-surrendered-1905",
            "yalta-agreement-concluded-1945-02-11", "sino-soviet-treaty-1945-08-14",
            "yalta-agreement-disclosed-1946-02-11", "chungking-radio-broadcast-1946-02-13"), ids);
    }
}
