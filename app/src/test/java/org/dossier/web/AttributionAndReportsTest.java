package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the web shows of attributions, reported control and ways of unknown length, on the sample
 * package: a massing reported by Japanese reports and taken as aimed at Japan (attributed), a
 * southern branch operated by Japan only as Japanese reports have it, and a Changchun–Kirin line
 * with no length.
 */
class AttributionAndReportsTest {
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

    private static JsonNode json(String path) {
        return web.json(path);
    }

    private static JsonNode point(JsonNode tension, String period) {
        for (JsonNode p : tension.get("series")) {
            if (p.get("period").asText().equals(period)) {
                return p;
            }
        }
        throw new AssertionError("no point " + period + " in " + tension);
    }

    @Test
    void tensionSplitsEachPointIntoDirectAndAttributedParts() throws Exception {
        JsonNode may = point(json("/api/tension?dyad=soviet-union,japan&by=month"), "1932-05");
        assertEquals(-7.2, may.get("direct").asDouble(), 1e-9);
        assertEquals(-7.2, may.get("attributed").asDouble(), 1e-9);
        assertEquals(-14.4, may.get("score").asDouble(), 1e-9);
        JsonNode via = null;
        for (JsonNode e : may.get("events")) {
            if (e.get("id").asText().equals("soviet-forces-estimated")) {
                via = e.get("via").get(0);
            }
        }
        assertEquals("japan", via.get("actor").asText());
        assertEquals("japanese-reports", via.get("claimedBy").asText());
        assertEquals("the estimates of the Japanese staff", via.get("anchor").get("exact").asText());
    }

    @Test
    void tensionLeavesAttributedEventsOutWhenAskedAndNamesThem() throws Exception {
        JsonNode t = json("/api/tension?dyad=soviet-union,japan&attributed=exclude");
        assertFalse(t.get("attributed").asBoolean());
        JsonNode may = point(t, "1932-05");
        assertEquals(-7.2, may.get("score").asDouble(), 1e-9);
        assertEquals(0, may.get("attributed").asDouble(), 1e-9);
        assertEquals(List.of("soviet-forces-estimated"), WebFixture.JSON.convertValue(t.get("attributedLeftOut"), List.class));
    }

    @Test
    void tensionIsBoundedByFromAndTo() throws Exception {
        JsonNode t = json("/api/tension?dyad=soviet-union,japan&from=1932-04&to=1932-06");
        assertEquals(List.of("1932-04", "1932-05", "1932-06"), t.get("series").findValuesAsText("period"));
        assertEquals(400, web.get("/api/tension?dyad=soviet-union,japan&from=1932-06&to=1932-04").statusCode());
        assertEquals(400, web.get("/api/tension?dyad=soviet-union,japan&attributed=sometimes").statusCode());
        assertEquals(400, web.get("/api/tension?dyad=soviet-union,japan&from=late-May").statusCode());
    }

    @Test
    void timelineChartStacksTheAttributedPartHatchedAndSaysWhoAttributesEachEvent() {
        String html = web.get("/timeline?dyad=soviet-union,japan&from=1932-05&to=1932-05").body();
        assertTrue(html.contains("id=\"tension-legend\""), html);
        assertTrue(html.contains("conflict, by attribution"), html);
        int bar = html.indexOf("data-period=\"1932-05\"");
        assertTrue(bar > 0, html);
        assertTrue(html.indexOf("class=\"part-direct\"", bar) > 0 && html.indexOf("class=\"part-attributed\"", bar) > 0, html);
        assertTrue(html.contains("fill=\"url(#hatch-conflict)\""), html);
        int row = html.indexOf("<tr data-period=\"1932-05\" class=\"attributed\"");
        assertTrue(row > 0, html);
        String rest = html.substring(row);
        assertTrue(rest.contains("japan aimed-at (target side), as japanese-reports has it"), rest);
        assertTrue(rest.contains("href=\"/facts/sample/event/soviet-forces-estimated\""), rest);
        assertTrue(rest.contains("“the estimates of the Japanese staff”"), rest);
    }

    @Test
    void timelineChartWithoutAttributedEventsSaysWhichWereLeftOut() {
        String html = web.get("/timeline?dyad=soviet-union,japan&attributed=exclude").body();
        assertFalse(html.contains("class=\"part-attributed\""), html);
        assertTrue(html.contains("id=\"tension-left-out\""), html);
        assertTrue(html.contains("soviet-forces-estimated"), html);
    }

    @Test
    void networkShowsTheMostDirectControlAndTellsReportedFromCertain() throws Exception {
        JsonNode south = track(json("/api/network?date=1931-12-15"), "cer-south");
        assertTrue(south.get("controlledBy").findValuesAsText("controller").contains("cer-company"), "certain owner");
        assertEquals("japan", south.get("shownController").asText(), "a reported operation is more direct than ownership");
        assertEquals("reported", south.get("shownCertainty").asText());
        assertEquals("japanese-reports", south.get("shownClaimedBy").asText());
        JsonNode later = track(json("/api/network?date=1932-03-01"), "cer-south");
        assertEquals("certain", later.get("shownCertainty").asText());
        assertTrue(later.get("shownClaimedBy").isNull());
    }

    private static JsonNode track(JsonNode network, String line) {
        for (JsonNode t : network.get("tracks")) {
            if (t.get("line").asText().equals(line)) {
                return t;
            }
        }
        throw new AssertionError("no track of " + line);
    }

    @Test
    void mapDrawsReportedControlDottedSayingWhoseReportAndHasALegendEntry() {
        String html = web.get("/map?date=1931-12-15").body();
        assertTrue(html.contains("id=\"legend-reported\""), html);
        int path = html.indexOf("class=\"rail reported\"", html.indexOf("id=\"map\""));
        assertTrue(path > 0, html);
        String title = html.substring(html.indexOf("<title>", path), html.indexOf("</title>", path));
        assertTrue(title.contains("Southern branch") && title.contains("held by japan (reported by japanese-reports)"), title);
        String later = web.get("/map?date=1932-03-01").body();
        assertFalse(later.substring(later.indexOf("id=\"map\"")).contains("class=\"rail reported\""), "certain from 1932-02");
    }

    @Test
    void routeOverASectionOfUnknownLengthSaysLengthUnknownWithTheBound() throws Exception {
        JsonNode r = json("/api/route?from=harbin&to=kirin");
        assertTrue(r.get("km").isNull());
        assertEquals(240.0, r.get("kmAtLeast").asDouble(), 1e-9);
        String html = web.get("/ask?form=route&from=harbin&to=kirin").body();
        assertTrue(html.contains("Harbin to Kirin: length unknown, at least 240.0 km (1 section of unknown length"), html);
        int unknown = html.indexOf("<tr class=\"unknown-section\">");
        assertTrue(unknown > 0, html);
        assertTrue(html.substring(unknown, html.indexOf("</tr>", unknown)).contains("<td>unknown</td>"), html);
        assertTrue(html.contains("<option value=\"kirin\" selected=\"selected\">Kirin</option>"), "Kirin is on a line of unknown length only");
        String map = web.get("/map?from=harbin&to=kirin").body();
        assertTrue(map.contains("class=\"rail route unknown-length\""), map);
        assertTrue(map.contains("length unknown, at least 240.0 km"), map);
    }
}
