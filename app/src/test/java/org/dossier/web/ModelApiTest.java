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

/** The API answers the CLI's questions with the engines' answers and the CLI's field names. */
class ModelApiTest {
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

    @Test
    void inForceListsAgreementsWithProvisions() throws Exception {
        JsonNode r = json("/api/in-force?date=1930-06-01&party=Japan");
        List<String> ids = new java.util.ArrayList<>();
        r.get("agreements").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(List.of("portsmouth-treaty-1905", "convention-1925"), ids);
        JsonNode art7 = r.get("agreements").get(0).get("provisions").get(0);
        assertEquals("portsmouth-treaty-1905#art7", art7.get("id").asText());
        assertTrue(art7.has("anchor"));
    }

    @Test
    void checkGivesTheVerdictWhatIsNeededAndWhy() throws Exception {
        JsonNode r = json("/api/check?actor=japan&action=troop-transport&from=Harbin&to=Pogranichnaya&date=1932-02-27");
        assertEquals("prohibited", r.get("verdict").asText());
        assertEquals("soviet-union", r.get("needs").get(0).get("actor").asText());
        assertEquals("portsmouth-treaty-1905", r.get("because").get(0).get("agreement").asText());
        assertTrue(r.get("because").get(0).has("anchor"));
        JsonNode consented = json("/api/check?actor=japan&action=troop-transport&from=Harbin&to=Pogranichnaya"
            + "&date=1932-02-27&consent=soviet-union");
        assertTrue(!consented.get("verdict").asText().equals("prohibited"), consented.toString());
    }

    @Test
    void routeAndPortsUseTheNetwork() throws Exception {
        JsonNode route = json("/api/route?from=manchouli&to=pogranichnaya&date=1932-02-27");
        assertEquals(1483.0, route.get("km").asDouble(), 0.01);
        assertEquals(List.of("Manchouli", "Harbin", "Pogranichnaya"),
            WebFixture.JSON.convertValue(route.get("path"), List.class));
        assertEquals(1524, route.get("sections").get(0).get("gauge").asInt());
        JsonNode none = json("/api/route?from=harbin&to=vladivostok");
        assertTrue(none.get("km").isNull(), "only a projected line reaches Vladivostok");
        JsonNode ports = json("/api/ports?from=harbin&withProjected=true");
        assertEquals("Vladivostok", ports.get("ports").get(0).get("port").asText());
    }

    @Test
    void paymentConvertsUnderTheRegimeInForce() throws Exception {
        JsonNode straddling = json("/api/payment?amount=1000&currency=RUB&kind=lease&date=1931-06-15&to=JPY");
        assertEquals("indeterminate", straddling.get("status").asText(), "the regime starts some time in 1931");
        JsonNode r = json("/api/payment?amount=1000&currency=RUB&kind=lease&date=1932-01-15&to=JPY");
        assertEquals("converted", r.get("status").asText(), r.toString());
        assertEquals(0, r.get("amount").decimalValue().compareTo(new java.math.BigDecimal("325")));
        assertEquals("lease-compromise", r.get("regime").asText());
        assertTrue(r.has("anchor"));
        assertEquals(400, web.get("/api/payment?amount=lots&currency=RUB&kind=lease&date=1931").statusCode());
        assertEquals(400, web.get("/api/payment?amount=1&currency=RUB&kind=bribe&date=1931").statusCode());
    }

    @Test
    void timelineAndTensionComeFromTheirEngines() throws Exception {
        JsonNode t = json("/api/timeline?actor=china");
        assertEquals(List.of("railway-seized", "japan-protests"), t.get("events").findValuesAsText("id"));
        assertEquals("1929-01-01", t.get("events").get(0).get("earliest").asText());
        JsonNode tension = json("/api/tension?dyad=soviet-union,japan&by=month");
        assertTrue(tension.get("series").findValuesAsText("period").contains("1932-05"));
    }

    @Test
    void networkSaysWhoHeldEachTrack() throws Exception {
        JsonNode n = json("/api/network?date=1929-08-01");
        JsonNode east = n.get("tracks").get(0);
        assertEquals("harbin", east.get("from").asText());
        assertEquals("china", east.get("shownController").asText());
        assertTrue(n.get("tracks").findValuesAsText("projected").contains("true"));
    }

    @Test
    void unknownNamesAndBadDatesAreOneLineErrors() throws Exception {
        HttpResponse<String> r = web.get("/api/check?actor=Atlantis&action=fishing&date=1932");
        assertEquals(400, r.statusCode());
        assertTrue(WebFixture.JSON.readTree(r.body()).get("error").asText().contains("Atlantis"));
        assertEquals(400, web.get("/api/in-force?date=32nd%20of%20May").statusCode());
        assertEquals(400, web.get("/api/in-force").statusCode());
        assertEquals(400, web.get("/api/route?from=harbin&to=nowhere").statusCode());
    }
}
