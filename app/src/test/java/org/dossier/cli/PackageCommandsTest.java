package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.pkg.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TINY = Fixtures.packageDir("tiny").toString();

    @TempDir Path tmp;

    @Test
    void validatePrintsOneLineOfCountsForAValidPackage() {
        CommandRun r = CommandRun.run("validate", TINY);
        assertEquals(0, r.exit(), r.err());
        assertEquals("OK tiny: 3 sources, 4 actors, 2 places, 1 lines, 2 agreements (1 provisions), 1 relations, "
            + "4 events, 1 claims, 1 quantities, 0 rates; 14 anchors resolved\n", r.out());
    }

    @Test
    void validateWithoutAPackageChecksTheBundledOneRestorationIncluded() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
            getClass().getClassLoader().getResource(org.dossier.pkg.Dossier.BUNDLED + "/dossier.yaml") != null,
            "the flagship package is not on this branch");
        CommandRun r = CommandRun.run("validate");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("OK far-east-1932: "), r.out());
    }

    @Test
    void validateListsEveryProblemAsFileLineMessageAndExitsOne() throws IOException {
        Path pkg = Fixtures.copy("tiny", tmp);
        Path events = pkg.resolve("events.yaml");
        Files.writeString(events, Files.readString(events).replace("actors: [china]", "actors: [chna]")
            .replace("date: \"1929\"", "date: \"1929-02-30\""));
        CommandRun r = CommandRun.run("validate", pkg.toString());
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals(pkg.resolve("events.yaml") + ":11: event 'railway-seized': invalid EDTF date in 'date': "
            + "'1929-02-30': no day 30 in 1929-02", lines.get(0));
        assertTrue(lines.get(1).startsWith(pkg.resolve("events.yaml") + ":11: event 'railway-seized': unknown actor 'chna'"),
            lines.get(1));
        assertEquals("dossier: 3 problems in " + pkg + "\n", r.err());
    }

    @Test
    void factsAsJsonGiveKindIdNamePageAndAnchorOrSource() throws IOException {
        CommandRun r = CommandRun.run("facts", "--package", TINY, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("tiny", doc.get("package").asText());
        JsonNode items = doc.get("items");
        assertEquals(3 + 4 + 2 + 1 + 2 + 1 + 4 + 1 + 1, items.size());
        JsonNode event = find(items, "convention-signed");
        assertEquals("event", event.get("kind").asText());
        assertEquals("sign the convention", event.get("name").asText());
        assertEquals(1, event.get("page").asInt());
        assertEquals("signed a convention at Peking on January 20, 1925", event.get("anchor").get("exact").asText());
        assertTrue(event.get("anchor").has("prefix"));
        assertTrue(event.get("anchor").has("suffix"));
        assertFalse(event.has("source"));
        JsonNode line = find(items, "harbin-peking");
        assertTrue(line.get("anchor").isNull());
        assertEquals("https://example.org/lines", line.get("source").asText());
    }

    @Test
    void factsFilterByKindAndWriteCsv() {
        CommandRun r = CommandRun.run("facts", "--package", TINY, "--kind", "quantity", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("kind,id,name,date,page,exact,prefix,suffix,source\r\n"
            + "quantity,soviet-forces-150000,estimated 150000 men (Soviet forces in the Far East),,2,\"150,000 men\",,,\r\n",
            r.out());
    }

    @Test
    void factsAsATableHaveOneRowPerItem() {
        CommandRun r = CommandRun.run("facts", "--package", TINY, "--kind", "place");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("KIND   ID      NAME    DATE  PAGE  ANCHOR OR SOURCE"), lines.get(0));
        assertTrue(lines.get(1).startsWith("place  harbin  Harbin"), lines.get(1));
    }

    @Test
    void timelineListsEventsInDateOrderWithTheTablesWeightWhereNoneIsGiven() throws IOException {
        CommandRun r = CommandRun.run("timeline", "--package", TINY, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode events = JSON.readTree(r.out()).get("events");
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        assertEquals(List.of("convention-signed", "railway-seized", "japan-protests", "troops-reach-harbin"), ids);
        JsonNode seized = events.get(1);
        assertEquals("1929", seized.get("date").asText());
        assertEquals("1711", seized.get("cameo").asText());
        assertEquals(-9.2, seized.get("goldstein").asDouble());
        assertEquals("harbin", seized.get("place").asText());
        assertEquals(List.of("china"), List.of(seized.get("actors").get(0).asText()));
        assertEquals("seize the railway", seized.get("action").asText());
        assertEquals(1, seized.get("page").asInt());
        assertEquals("seized the railway", seized.get("anchor").get("exact").asText());
        assertEquals("1932-05-21/1932-05-31", events.get(3).get("date").asText());
    }

    @Test
    void timelineKeepsEventsThatMayFallWithinTheDates() throws IOException {
        CommandRun r = CommandRun.run("timeline", "--package", TINY, "--format", "json", "--from", "1929-06", "--to", "1932-05-25");
        JsonNode events = JSON.readTree(r.out()).get("events");
        assertEquals(3, events.size(), r.out());
        assertEquals("railway-seized", events.get(0).get("id").asText());
        assertEquals("troops-reach-harbin", events.get(2).get("id").asText());
    }

    @Test
    void timelineResolvesTheActorByNameAndIncludesEventsAimedAtIt() throws IOException {
        CommandRun r = CommandRun.run("timeline", "--package", TINY, "--format", "json", "--actor", "CHINA");
        JsonNode events = JSON.readTree(r.out()).get("events");
        assertEquals(2, events.size(), r.out());
        assertEquals("japan-protests", events.get(1).get("id").asText());
    }

    @Test
    void timelineWithAnUnknownActorSuggestsNamesAndExitsTwo() {
        CommandRun r = CommandRun.run("timeline", "--package", TINY, "--actor", "Chna");
        assertEquals(2, r.exit());
        assertEquals("dossier: unknown actor 'Chna'; did you mean China (china)?\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void timelineWithADateThatIsNotEdtfIsBadUsage() {
        CommandRun r = CommandRun.run("timeline", "--package", TINY, "--from", "May 1932");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dossier: --from: 'May 1932' is not an EDTF date"), r.err());
    }

    @Test
    void timelineTableShowsDateActorsCameoPageAndAnchor() {
        CommandRun r = CommandRun.run("timeline", "--package", TINY);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        assertTrue(lines.get(1).matches("1925-01-20 +convention-signed +soviet-union, japan +sign the convention +057 +1 +"
            + "\"signed a convention at Peking on January 20, 1925\""), lines.get(1));
    }

    @Test
    void commandsOnAnInvalidPackageFailInOneLineWithExitOne() throws IOException {
        Path pkg = Fixtures.copy("tiny", tmp);
        Files.writeString(pkg.resolve("claims.yaml"), "claims: [");
        CommandRun r = CommandRun.run("facts", "--package", pkg.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("dossier: package " + pkg + " is invalid (1 problem; the first: claims.yaml:1: "),
            r.err());
    }

    @Test
    void geojsonHasPlacesAsPointsAndMarksProjectedLines() throws IOException {
        CommandRun r = CommandRun.run("export", "--package", TINY, "--format", "geojson");
        assertEquals(0, r.exit(), r.err());
        JsonNode fc = JSON.readTree(r.out());
        assertEquals("FeatureCollection", fc.get("type").asText());
        JsonNode harbin = fc.get("features").get(0);
        assertEquals("Point", harbin.get("geometry").get("type").asText());
        assertEquals(126.65, harbin.get("geometry").get("coordinates").get(0).asDouble());
        JsonNode line = fc.get("features").get(1);
        assertEquals("harbin-peking", line.get("id").asText());
        assertTrue(line.get("properties").get("projected").asBoolean());
        assertTrue(line.get("geometry").isNull(), "one located station makes no line");
        assertEquals("peking", line.get("properties").get("unlocatedStations").get(0).asText());
    }

    @Test
    void jsonldLinksItemsToWikidata() throws IOException {
        Path out = tmp.resolve("tiny.jsonld");
        CommandRun r = CommandRun.run("export", "--package", TINY, "--format", "jsonld", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode graph = JSON.readTree(out.toFile()).get("@graph");
        JsonNode japan = find(graph, "urn:dossier:tiny:actor:japan", "@id");
        assertEquals("http://www.wikidata.org/entity/Q17", japan.get("sameAs").asText());
        JsonNode harbin = find(graph, "urn:dossier:tiny:place:harbin", "@id");
        assertEquals(45.75, harbin.get("geo").get("latitude").asDouble());
        JsonNode event = find(graph, "urn:dossier:tiny:event:troops-reach-harbin", "@id");
        assertEquals("1932-05-21", event.get("startDate").asText());
        assertEquals("1932-05-31", event.get("endDate").asText());
        JsonNode relation = find(graph, "urn:dossier:tiny:relation:convention-reaffirms-portsmouth", "@id");
        assertEquals("reaffirms", relation.get("dossier:relation").asText());
        assertEquals("urn:dossier:tiny:agreement:convention-1925", relation.get("dossier:subject").get("@id").asText());
        assertEquals("urn:dossier:tiny:provision:portsmouth-treaty-1905#art7",
            relation.get("dossier:object").get("@id").asText());
        JsonNode line = find(graph, "urn:dossier:tiny:line:harbin-peking", "@id");
        assertEquals("projected", line.get("dossier:status").asText());
    }

    @Test
    void csvExportWritesOneFilePerKindToAFolderOrAZip() throws IOException {
        Path dir = tmp.resolve("csv");
        assertEquals(0, CommandRun.run("export", "--package", TINY, "--format", "csv", "-o", dir.toString()).exit());
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertEquals("id,date,actors,targets,action,cameo,goldstein,place,places,provisions,agreements,claimedBy,"
            + "sources,footnotes,anchor,note,attributed", events.get(0));
        assertTrue(events.get(1).startsWith("convention-signed,1925-01-20,soviet-union; japan,,sign the convention,057,8,"),
            events.get(1));
        Path zip = tmp.resolve("tiny.zip");
        assertEquals(0, CommandRun.run("export", "--package", TINY, "--format", "csv", "-o", zip.toString()).exit());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("sources.csv", "actors.csv", "places.csv", "lines.csv", "agreements.csv", "relations.csv",
            "events.csv", "claims.csv", "quantities.csv", "rates.csv"), names);
    }

    @Test
    void csvExportWithoutAnOutputIsBadUsage() {
        CommandRun r = CommandRun.run("export", "--package", TINY, "--format", "csv");
        assertEquals(2, r.exit());
        assertEquals("dossier: export --format csv writes one file per kind: give -o FOLDER or -o FILE.zip\n", r.err());
    }

    @Test
    void teiTagsPlacesDatesAndMeasuresAtTheirAnchorsInWellFormedXml() throws Exception {
        CommandRun r = CommandRun.run("export", "--package", TINY, "--format", "tei");
        assertEquals(0, r.exit(), r.err());
        String tei = r.out();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(tei.getBytes(StandardCharsets.UTF_8)));
        assertTrue(tei.contains("<date when=\"1925-01-20\" ana=\"#event.convention-signed\"><name type=\"agreement\" "
            + "key=\"convention-1925\">signed a convention</name> <placeName ref=\"#place.peking\">at Peking</placeName> on "
            + "January 20, 1925</date>"), tei);
        assertTrue(tei.contains("seized the <placeName ref=\"#place.harbin\">railway at Harbin</placeName>."), tei);
        assertTrue(tei.contains("<!-- 1 anchor is not tagged: each crosses a tagged one -->"),
            "an event date crossing a place name is left out, and counted: " + tei);
        assertTrue(tei.contains("<date notBefore=\"1932-05-21\" notAfter=\"1932-05-31\" ana=\"#event.troops-reach-harbin\">"
            + "Japanese troops reached Harbin</date>"), tei);
        assertTrue(tei.contains("<measure quantity=\"150000\" unit=\"men\" ana=\"#quantity.soviet-forces-150000\">"
            + "150,000 men</measure>"), tei);
        assertTrue(tei.contains("<pb n=\"2\"/>"), tei);
        assertTrue(tei.contains("<note xml:id=\"fn1\" n=\"1\" place=\"foot\">"), tei);
    }

    private static JsonNode find(JsonNode items, String id) {
        return find(items, id, "id");
    }

    private static JsonNode find(JsonNode items, String id, String field) {
        for (JsonNode n : items) {
            if (n.has(field) && n.get(field).asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id);
    }

}
