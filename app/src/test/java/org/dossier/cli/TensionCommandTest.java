package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TensionCommandTest {

    @Test
    void fromAndToBoundTheSeriesToTheMonthsAsked() throws IOException {
        CommandRun r = CommandRun.run("tension", "--dyad", "Soviet Union,Japan", "--from", "1931-09", "--to", "1932-06",
            "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        JsonNode series = s.get("series");
        assertEquals(10, series.size());
        assertEquals("1931-09", series.get(0).get("period").asText());
        assertEquals("1932-06", series.get(9).get("period").asText());
        assertEquals("1931-09-01", s.get("from").asText());
        assertEquals("1932-06-30", s.get("to").asText());
    }

    @Test
    void jsonMarksEachAttributedEventWithWhoAttributesItAndWhere() throws IOException {
        JsonNode s = new ObjectMapper().readTree(CommandRun.run("tension", "--dyad", "soviet-union,japan",
            "--from", "1932-04", "--to", "1932-04", "--format", "json").out());
        JsonNode april = s.get("series").get(0);
        assertTrue(april.has("direct") && april.has("attributed"));
        JsonNode wreck = null;
        for (JsonNode e : april.get("events")) {
            if (e.get("id").asText().equals("troop-train-wreck-1932-04-12")) {
                wreck = e;
            }
        }
        assertTrue(wreck != null, april.toString());
        JsonNode via = wreck.get("via").get(0);
        assertEquals("instigated-by", via.get("kind").asText());
        assertEquals("japan", via.get("claimedBy").asText());
        assertTrue(via.get("anchor").has("exact"));
    }

    @Test
    void attributedExcludeLeavesThemOutAndNamesThem() {
        CommandRun r = CommandRun.run("tension", "--dyad", "soviet-union,japan", "--from", "1932-04", "--to", "1932-04",
            "--attributed", "exclude");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("left out: "), r.out());
        assertTrue(r.out().contains("troop-train-wreck-1932-04-12"), r.out());
        CommandRun csv = CommandRun.run("tension", "--dyad", "soviet-union,japan", "--from", "1932-04", "--to", "1932-04",
            "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertEquals(2, lines.size(), csv.out());
        assertTrue(lines.get(1).substring(lines.get(1).lastIndexOf(',')).contains("troop-train-wreck-1932-04-12"), csv.out());
    }

    @Test
    void aBadDateOrReversedBoundsIsAUsageError() {
        CommandRun bad = CommandRun.run("tension", "--dyad", "soviet-union,japan", "--from", "April 1932");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--from"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
        CommandRun reversed = CommandRun.run("tension", "--dyad", "soviet-union,japan", "--from", "1932-06", "--to", "1932-04");
        assertEquals(2, reversed.exit());
        assertTrue(reversed.err().contains("before"), reversed.err());
    }
}
