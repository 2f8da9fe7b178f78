package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
    @TempDir static Path dir;
    static WebFixture web;

    @BeforeAll
    static void start() {
        web = new WebFixture(dir, false);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void homeListsTheFlagshipFirstThenTheOtherDocuments() {
        String html = web.get("/").body();
        assertTrue(html.indexOf("/reader/sample") < html.indexOf("/reader/hostile-report"), html);
    }

    @Test
    void readerShowsPagesParagraphsAndFootnotesAtThePageFoot() {
        HttpResponse<String> r = web.get("/reader/sample");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"page-1\""));
        assertTrue(html.contains("id=\"page-2\""));
        assertTrue(html.contains("<a href=\"#note-fn-1\" class=\"fn-ref\" data-note=\"note-fn-1\" id=\"ref-fn-1\">1</a>"), html);
        assertTrue(html.contains("id=\"note-fn-1\""));
        assertTrue(html.indexOf("id=\"note-fn-1\"") < html.indexOf("id=\"page-2\""), "note at the foot of page 1");
    }

    @Test
    void readerHighlightsAnchoredFactsAndLinksThemToTheirRecords() {
        String html = web.get("/reader/sample").body();
        assertTrue(html.contains("href=\"/facts/sample/line/cer\""), html);
        assertTrue(html.contains(">Chinese Eastern Railway</a>"));
        assertTrue(html.contains("id=\"fact-provision-portsmouth-treaty-1905-art7\""), html);
        assertTrue(html.contains("id=\"fact-event-convention-signed\""), "the longer of two quotes starting together");
        String fact = web.get("/facts/sample/line/cer").body();
        assertTrue(fact.contains("Chinese Eastern Railway"));
        assertTrue(fact.contains("href=\"/reader/sample#fact-line-cer\""), fact);
    }

    @Test
    void anchorsResolveToTheParagraphTheirPrefixAndPageSelect() throws Exception {
        JsonNode harbin = WebFixture.JSON.readTree(web.get("/api/facts/place/harbin").body());
        assertEquals("p2", harbin.get("paragraph").asText(), "Harbin: 'railway at Harbin'");
        JsonNode manchouli = WebFixture.JSON.readTree(web.get("/api/facts/place/manchouli").body());
        assertEquals("p1", manchouli.get("paragraph").asText());
    }

    @Test
    void rawEndpointGivesTheOcrLinesOfAParagraph() {
        HttpResponse<String> r = web.get("/raw/sample/8-9");
        assertEquals(200, r.statusCode());
        assertEquals("THE Chinese Eastern Railway was built\nacross North Manchuria under a concession", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals(400, web.get("/raw/sample/9-2").statusCode());
        assertEquals(400, web.get("/raw/sample/1-100000").statusCode());
        assertEquals(404, web.get("/raw/no-such-doc/1-2").statusCode());
    }

    @Test
    void searchPageLinksResultsIntoTheReader() {
        String html = web.get("/search?q=concession").body();
        assertTrue(html.contains("href=\"/reader/sample#para-p1\""), html);
        assertTrue(html.contains("<mark>concession</mark>"));
        String notes = web.get("/search?q=September").body();
        assertTrue(notes.contains("href=\"/reader/sample#note-fn-1\""), notes);
    }

    @Test
    void apiSearchAnswersJsonWithLinks() throws Exception {
        JsonNode r = WebFixture.JSON.readTree(web.get("/api/search?q=Manchouli&limit=5").body());
        assertEquals("Manchouli", r.get("query").asText());
        assertTrue(r.get("hits").size() >= 2);
        assertTrue(r.get("hits").findValuesAsText("href").contains("/facts/sample/place/manchouli"));
        assertEquals(400, web.get("/api/search?q=x&limit=0").statusCode());
    }

    @Test
    void apiFactsGiveAnchorsAndTheParagraphTheyResolveTo() throws Exception {
        JsonNode r = WebFixture.JSON.readTree(web.get("/api/facts?kind=agreement").body());
        assertEquals("sample", r.get("package").asText());
        assertEquals(List.of("portsmouth-treaty-1905", "convention-1925", "lease-compromise-1931"),
            r.get("items").findValuesAsText("id"));
        assertEquals(400, web.get("/api/facts?kind=unicorn").statusCode());
        JsonNode provision = WebFixture.JSON.readTree(
            web.get("/api/facts/provision/portsmouth-treaty-1905%23art7").body());
        assertTrue(provision.get("record").get("text").asText().startsWith("Both countries undertook"));
    }

    @Test
    void apiDocumentGivesTheEdition() throws Exception {
        JsonNode r = WebFixture.JSON.readTree(web.get("/api/documents/sample").body());
        assertEquals(6, r.get("edition").get("paragraphs").size());
        JsonNode missing = WebFixture.JSON.readTree(web.get("/api/documents/nothing").body());
        assertEquals(404, missing.get("status").asInt());
    }
}
