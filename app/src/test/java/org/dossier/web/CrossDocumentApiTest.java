package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.pkg.Dossier;
import org.dossier.restore.RawText;
import org.dossier.store.Ingest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeline and facts over every stored document: the sample report's package and the bundled
 * yalta-manchuria-1946 package, which share ids (soviet-union, china, cer, portsmouth-treaty-1905 …).
 */
class CrossDocumentApiTest {
    @TempDir static Path dir;
    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(dir, false);
        Path folder = Path.of(CrossDocumentApiTest.class.getResource("/packages/yalta-manchuria-1946").toURI());
        Dossier yalta = Dossier.load(folder);
        String raw = RawText.decode(Files.readAllBytes(folder.resolve("report.txt")));
        String slug = web.store.importDocument(Ingest.modelled("yalta-manchuria-1946.txt", raw, yalta)).slug();
        web.library.attach(slug, yalta);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static JsonNode json(String path) {
        return web.json(path);
    }

    @Test
    void timelineOfEveryDocumentMergesEventsInDateOrderEachNamingItsDocument() throws Exception {
        JsonNode r = json("/api/timeline?documents=all&actor=Soviet%20Union");
        assertEquals(2, r.get("documents").size());
        List<String> slugs = new ArrayList<>();
        String previous = "";
        for (JsonNode e : r.get("events")) {
            slugs.add(e.get("document").get("slug").asText());
            String day = e.get("earliest").isNull() ? e.get("latest").asText() : e.get("earliest").asText();
            assertTrue(previous.compareTo(day) <= 0, previous + " then " + day);
            previous = day;
        }
        assertTrue(slugs.contains("sample") && slugs.contains("yalta-manchuria-1946"), slugs.toString());
        JsonNode one = json("/api/timeline?actor=soviet-union");
        assertEquals("sample", one.get("package").asText());
    }

    @Test
    void factsAboutASharedIdComeFromBothDocuments() throws Exception {
        JsonNode r = json("/api/facts?documents=all&kind=agreement&about=portsmouth-treaty-1905");
        List<String> docs = new ArrayList<>();
        r.get("items").forEach(i -> {
            if (i.get("id").asText().equals("portsmouth-treaty-1905")) {
                docs.add(i.get("document").get("slug").asText());
            }
        });
        assertEquals(List.of("sample", "yalta-manchuria-1946"), docs);
        JsonNode single = json("/api/facts?doc=yalta-manchuria-1946&about=cer&kind=line");
        assertEquals(1, single.get("items").size());
    }

    @Test
    void aStoredPackageWithoutALoadedModelStillAnswersAcrossDocumentsAndShowsItsFacts() throws Exception {
        // A server whose library loaded no model, as after 'dossier import PACKAGE' of a package not bundled.
        Library bare = new Library(web.store, "sample", new Ingest(org.dossier.restore.Restorer.standard()::restore));
        try (WebServer server = WebServer.start(new WebOptions(WebOptions.LOOPBACK, 0, false), bare)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> timeline = web.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/timeline?documents=all&about=cer")).build());
            assertEquals(200, timeline.statusCode(), timeline.body());
            assertTrue(timeline.body().contains("href=\"/reader/yalta-manchuria-1946#page-4\""), "passages by page");
            HttpResponse<String> fact = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "/facts/yalta-manchuria-1946/event/sino-soviet-treaty-1945-08-14")).build());
            assertEquals(200, fact.statusCode(), fact.body());
            assertTrue(fact.body().contains("treaty of friendship and alliance"), fact.body());
            HttpResponse<String> none = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "/facts/yalta-manchuria-1946/event/no-such-event")).build());
            assertEquals(404, none.statusCode());
        }
    }

    @Test
    void badAcrossParametersAre400() {
        assertEquals(400, web.get("/api/timeline?documents=some").statusCode());
        assertEquals(400, web.get("/api/facts?documents=all&about=Atlantis").statusCode());
        assertEquals(400, web.get("/api/timeline?documents=all&from=1932-13").statusCode());
    }

    @Test
    void theTimelinePageShowsEveryDocumentsEventsWithTheirDocument() {
        HttpResponse<String> r = web.get("/timeline?documents=all&about=cer");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<th>Document</th>"), r.body());
        assertTrue(r.body().contains("id=\"event-yalta-manchuria-1946--sino-soviet-treaty-1945-08-14\""), r.body());
        assertTrue(r.body().contains("href=\"/reader/yalta-manchuria-1946#para-"), "passages link to the reader");
        assertTrue(r.body().contains("U.S. Prestige in China"), "the document's title");
        HttpResponse<String> one = web.get("/timeline");
        assertTrue(one.body().contains("id=\"across-link\""));
    }
}
