package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The reasoning commands on the bundled package: JSON fields others build on, names, and one-line errors. */
class ReasonCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws IOException {
        CommandRun r = CommandRun.run(args);
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void checkAsJsonGivesVerdictNeedsAndBecauseWithAgreementProvisionAndAnchor() throws IOException {
        JsonNode v = json("check", "--actor", "Japan", "--action", "troop-transport", "--from", "HARBIN", "--to", "Imienpo",
            "--date", "1932-02-26", "--format", "json");
        assertEquals("prohibited", v.get("verdict").asText());
        assertEquals("soviet-union", v.get("needs").get(0).get("actor").asText());
        assertTrue(v.get("because").size() > 0);
        for (JsonNode b : v.get("because")) {
            assertTrue(b.has("agreement") && b.has("provision") && b.has("anchor"), b.toString());
        }
        assertTrue(v.get("precedents").size() > 0);
        assertEquals("cer-east", v.get("route").get(0).get("line").asText());
    }

    @Test
    void checkWithConsentPrintsPermittedAsAnException() {
        CommandRun r = CommandRun.run("check", "--actor", "japan", "--action", "troop-transport", "--from", "harbin", "--to",
            "imienpo", "--date", "1932-02-26", "--consent", "Soviet government");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("permitted (as an exception)"), r.out());
    }

    @Test
    void unknownNameIsOneLineWithTheNearestKnownNames() {
        CommandRun r = CommandRun.run("check", "--actor", "Japn", "--action", "troop-transport", "--date", "1932");
        assertEquals(ExitCode.BAD_USAGE, r.exit());
        assertTrue(r.err().startsWith("dossier: unknown actor 'Japn'; did you mean"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void unknownActionListsTheKnownOnes() {
        CommandRun r = CommandRun.run("check", "--actor", "japan", "--action", "invasion", "--date", "1932");
        assertEquals(ExitCode.BAD_USAGE, r.exit());
        assertTrue(r.err().contains("troop-transport"), r.err());
    }

    @Test
    void badDateAndHalfATripAreBadUsage() {
        assertEquals(ExitCode.BAD_USAGE, CommandRun.run("in-force", "1932-02-30").exit());
        assertEquals(ExitCode.BAD_USAGE, CommandRun.run("check", "--actor", "japan", "--action", "troop-transport",
            "--from", "harbin", "--date", "1932").exit());
    }

    @Test
    void inForceAsJsonListsAgreementsWithIdNamePartiesAndProvisions() throws IOException {
        JsonNode a = json("in-force", "1932-02-27", "--party", "Japan", "--format", "json");
        for (JsonNode u : a.get("indeterminate")) {
            assertTrue(u.has("id") && u.get("reason").asText().length() > 0, u.toString());
        }
        boolean portsmouth = false;
        for (JsonNode ag : a.get("agreements")) {
            assertTrue(ag.has("id") && ag.has("name") && ag.has("parties") && ag.has("provisions"), ag.toString());
            portsmouth |= ag.get("id").asText().equals("portsmouth-treaty-1905");
        }
        assertTrue(portsmouth);
        assertEquals("indeterminate", json("in-force", "1924-05/1924-06", "--format", "json").get("status").asText());
    }

    @Test
    void termAsJsonGivesDatesWithWhatDateAndAgreement() throws IOException {
        JsonNode t = json("term", "Chinese Eastern Railway contract of 1896", "--format", "json");
        boolean mukden = false;
        for (JsonNode d : t.get("dates")) {
            assertTrue(d.has("what") && d.has("date") && d.has("agreement"), d.toString());
            mukden |= d.get("date").asText().equals("1963-07-01") && d.get("governs").asBoolean();
        }
        assertTrue(mukden, t.toString());
    }

    @Test
    void paymentAsJsonGivesAmountCurrencyRateRegimeAndAnchor() throws IOException {
        JsonNode p = json("payment", "1000", "RUB", "--kind", "lease", "--date", "1932-01", "--to", "USD", "--format", "json");
        assertEquals(160, p.get("amount").asInt());
        assertEquals("USD", p.get("currency").asText());
        assertEquals("0.16", p.get("rate").asText());
        assertTrue(p.get("regime").asText().contains("compromise"));
        assertTrue(p.get("anchor").has("exact"));
    }

    @Test
    void paymentWhereTheReportGivesNoRateSaysSo() {
        CommandRun r = CommandRun.run("payment", "100", "RUB", "--kind", "fine", "--date", "1932-01");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("gives no rate"), r.out());
    }

    @Test
    void tensionAsJsonAndCsvGivesPeriodScoreAndEvents() throws IOException {
        JsonNode s = json("tension", "--dyad", "soviet-union,Japan", "--format", "json");
        JsonNode first = s.get("series").get(0);
        assertTrue(first.has("period") && first.has("score") && first.has("events"));
        CommandRun csv = CommandRun.run("tension", "--dyad", "soviet-union,japan", "--by", "week", "--format", "csv");
        assertEquals("period,score,events,event_ids,direct,attributed,attributed_ids", csv.out().lines().findFirst().orElseThrow());
        assertTrue(csv.out().contains("1932-W15"), csv.out());
    }
}
