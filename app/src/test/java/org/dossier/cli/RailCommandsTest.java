package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route and ports commands on a small package: JSON contract, tables, one-line errors. */
class RailCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--package");
        all.add(mini());
        return runAsIs(all.toArray(String[]::new));
    }

    static Run runAsIs(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static String mini() {
        try {
            return Path.of(RailCommandsTest.class.getResource("/packages/rail-mini/dossier.yaml").toURI()).getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void routeJsonHasTheContractFields() throws Exception {
        Run r = run("route", "Delta", "gamma", "--date", "1933", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(List.of("Delta", "Alpha Junction", "Beta", "Gamma"), strings(j.get("path")));
        JsonNode sections = j.get("sections");
        assertEquals(3, sections.size());
        double sum = 0;
        for (JsonNode s : sections) {
            assertTrue(s.has("line") && s.has("km") && s.has("gauge") && s.has("controlledBy"), s.toString());
            sum += s.get("km").asDouble();
        }
        assertEquals(j.get("km").asDouble(), sum, 0.11);
        assertTrue(sections.get(0).get("estimated").asBoolean(), "a–d is estimated from coordinates");
        assertFalse(sections.get(1).has("estimated"), "a–b is sourced");
        assertEquals("south", sections.get(0).get("line").asText());
        JsonNode breaks = j.get("gaugeBreaks");
        assertEquals(1, breaks.size());
        assertEquals("Alpha Junction", breaks.get(0).get("station").asText());
        assertEquals(1435, breaks.get(0).get("fromGauge").asInt());
        assertEquals(1524, breaks.get(0).get("toGauge").asInt());
        JsonNode ab = sections.get(1).get("controlledBy");
        assertEquals("alpha", ab.get(0).get("controller").asText());
        assertEquals("beta", ab.get(1).get("controller").asText());
        assertEquals("military-control", ab.get(1).get("kind").asText());
        assertEquals("certain", ab.get(1).get("certainty").asText());
    }

    @Test
    void controlIsIndeterminateInJsonWhenTheDateMayFallOutsideThePeriod() throws Exception {
        JsonNode j = JSON.readTree(run("route", "a", "b", "--date", "1932-02-15", "--format", "json").out());
        JsonNode beta = j.get("sections").get(0).get("controlledBy").get(1);
        assertEquals("beta", beta.get("controller").asText());
        assertEquals("indeterminate", beta.get("certainty").asText());
    }

    @Test
    void routeTableShowsLengthsLinesGaugeBreakAndEstimateNotes() {
        Run r = run("route", "delta", "Alfa", "--with-projected");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Delta → Alpha Junction: 111.2 km *, with projected lines"), r.out());
        assertTrue(r.out().contains("[1] Delta–Alpha Junction: estimated: great-circle distance 111.2 km"), r.out());
        assertTrue(r.out().contains("× detour straight line (factor 1.0)"), r.out());
    }

    @Test
    void unknownStationIsAOneLineErrorWithSuggestionsAndExitTwo() {
        Run r = run("route", "Gama", "b");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("unknown place 'Gama'; did you mean") && r.err().contains("Gamma"), r.err());
    }

    @Test
    void placeOnNoLineIsAOneLineErrorAndExitTwo() {
        Run r = run("route", "Xi", "b");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no station of any line"), r.err());
    }

    @Test
    void badDateIsAOneLineErrorAndExitTwo() {
        Run r = run("route", "a", "b", "--date", "late May");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dossier: --date:"), r.err());
    }

    @Test
    void noRouteSaysWhichSectionsLackALength() throws Exception {
        Run r = run("route", "Gamma", "Epsilon", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertTrue(j.get("km").isNull());
        assertEquals(0, j.get("path").size());
        assertEquals("spur", j.get("unknownSections").get(0).get("line").asText());
        assertEquals(List.of("Epsilon"), strings(j.get("missingCoordinates")));
        assertEquals("Gamma", j.get("way").get(0).asText());
        assertEquals("Epsilon", j.get("way").get(j.get("way").size() - 1).asText());
        JsonNode unknown = j.get("sections").get(j.get("sections").size() - 1);
        assertEquals("unknown", unknown.get("basis").asText());
        assertTrue(!unknown.has("km"), unknown.toString());
        assertTrue(j.get("kmAtLeast").isNumber());
        Run text = run("route", "Gamma", "Epsilon");
        assertTrue(text.out().contains("length unknown (the way below: more than"), text.out());
        assertTrue(text.out().contains("way: Gamma"), text.out());
    }

    @Test
    void portsJsonComparesOpenAndProjectedRoutes() throws Exception {
        Run r = run("ports", "Delta", "--with-projected", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode p = JSON.readTree(r.out()).get("ports").get(0);
        assertEquals("Port Pi", p.get("port").asText());
        assertEquals(160.9, p.get("km").asDouble(), 1e-9);
        assertEquals(List.of("Delta", "Port Pi"), strings(p.get("path")));
        assertEquals(111.2 + 200 + 80.5, p.get("openKm").asDouble(), 0.11);
        assertEquals(List.of("proj"), strings(p.get("projectedLines")));
        assertEquals(p.get("km").asDouble() - p.get("openKm").asDouble(), p.get("changeKm").asDouble(), 0.11);
    }

    @Test
    void namedProjectedLinesAreResolvedAndOpenLinesRefused() throws Exception {
        Run r = run("route", "Delta", "Port Pi", "--projected", "Projected Delta–Pi line", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(160.9, JSON.readTree(r.out()).get("km").asDouble(), 1e-9);
        Run open = run("route", "Delta", "Port Pi", "--projected", "east");
        assertEquals(2, open.code());
        assertTrue(open.err().contains("is not a projected line"), open.err());
        Run unknown = run("ports", "Delta", "--projected", "prej");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown line 'prej'; did you mean"), unknown.err());
    }

    @Test
    void portsTableSaysWhenOnlyProjectedLinesReachAPort() {
        Run r = run("ports", "Delta", "--projected", "proj");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Port Pi") && l.contains("160.9 km") && l.contains("391.7")),
            r.out());
        Run cut = run("ports", "Epsilon", "--with-projected");
        assertTrue(cut.out().lines().anyMatch(l -> l.contains("Port Pi") && l.contains("no route")), cut.out());
    }

    @Test
    void portsTableListsEveryPortNearestFirst() {
        Run r = run("ports", "b");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Port Pi") && r.out().contains("190.5 km"), r.out());
    }

    @Test
    void flagshipHarbinToDairenBreaksGaugeAtChangchun() throws Exception {
        Run r = runAsIs("route", "Harbin", "Dairen", "--date", "1932-02-27", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode b = JSON.readTree(r.out()).get("gaugeBreaks").get(0);
        assertEquals("Changchun", b.get("station").asText());
        assertEquals(1524, b.get("fromGauge").asInt());
        assertEquals(1435, b.get("toGauge").asInt());
    }

    @Test
    void flagshipSeishinIsReachedFromTunhuaOnlyWithTheProjectedExtension() throws Exception {
        Run r = runAsIs("ports", "Tunhua", "--projected", "tunhua-huining", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode seishin = JSON.readTree(r.out()).get("ports").get(0);
        assertEquals("Seishin", seishin.get("port").asText());
        assertTrue(seishin.get("reachable").asBoolean());
        assertFalse(seishin.has("openKm"), "no open line reaches Seishin");
        assertEquals(List.of("tunhua-huining"), strings(seishin.get("projectedLines")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
