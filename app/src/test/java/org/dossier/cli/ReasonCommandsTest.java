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

    @Test
    void inForceAsJsonNamesThePekingGovernmentIn1915AndMarksThePossibleNankingSuccessionIn1930() throws IOException {
        JsonNode y1915 = json("in-force", "1915", "--party", "China", "--format", "json");
        JsonNode contract = agreement(y1915, "cer-contract-1896");
        assertTrue(contract.get("parties").toString().contains("\"china-peking\""), contract.get("parties").toString());
        assertTrue(contract.get("parties").toString().contains("\"russo-asiatic-bank\""), contract.get("parties").toString());
        for (JsonNode p : contract.get("provisions")) {
            assertTrue(p.has("id") && p.get("id").asText().startsWith("cer-contract-1896#"), p.toString());
        }
        JsonNode y1930 = agreement(json("in-force", "1930", "--format", "json"), "peking-general-principles-1924");
        JsonNode maybe = y1930.get("mayHaveSucceeded").get(0);
        assertEquals("china-peking", maybe.get("predecessor").asText());
        assertEquals("china-nanking", maybe.get("successor").asText());
        assertTrue(maybe.get("reason").asText().contains("does not date"), maybe.toString());
    }

    private static JsonNode agreement(JsonNode answer, String id) {
        for (JsonNode ag : answer.get("agreements")) {
            if (ag.get("id").asText().equals(id)) {
                return ag;
            }
        }
        throw new AssertionError(id + " not in " + answer.get("agreements").findValuesAsText("id"));
    }

    @Test
    void termAsJsonForAPartyGivesOneGoverningRulePerQuestion() throws IOException {
        JsonNode t = json("term", "mukden-agreement-1924", "--party", "Manchoukuo", "--format", "json");
        assertEquals("manchoukuo", t.get("party").asText());
        java.util.Map<String, Integer> governing = new java.util.HashMap<>();
        for (JsonNode d : t.get("dates")) {
            assertTrue(d.has("what") && d.has("date") && d.has("agreement") && d.has("status"), d.toString());
            if (d.get("governs").asBoolean()) {
                governing.merge(d.get("what").asText(), 1, Integer::sum);
            }
        }
        governing.values().forEach(n -> assertEquals(1, n, governing.toString()));
        boolean redemption = false;
        for (JsonNode r : t.get("rulings")) {
            assertTrue(r.has("question") && r.has("status") && r.has("reason"), r.toString());
            if (r.get("question").asText().equals("redemption")) {
                redemption = true;
                assertEquals("governs", r.get("status").asText());
                assertEquals("mukden-agreement-1924#redemption-chinese-capital", r.get("provision").asText());
                assertTrue(r.get("alternatives").toString().contains("peking-general-principles-1924#redemption-chinese-capital"));
            }
        }
        assertTrue(redemption, t.toString());
    }

    @Test
    void termTablePrintsOneRulingLinePerRedeemer() {
        CommandRun r = CommandRun.run("term", "cer-contract-1896");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("redemption (for manchoukuo): mukden-agreement-1924#redemption-chinese-capital governs"), r.out());
        assertTrue(r.out().contains("redemption (for china-nanking): peking-general-principles-1924#redemption-chinese-capital governs"),
            r.out());
        CommandRun bad = CommandRun.run("term", "cer-contract-1896", "--party", "Manchukwo");
        assertEquals(ExitCode.BAD_USAGE, bad.exit());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void checkFishingByJapanFindsTheRightOfItsSubjectsWithEveryStepAnchored() throws IOException {
        JsonNode v = json("check", "--actor", "Japan", "--action", "fishing", "--date", "1930", "--format", "json");
        assertTrue(v.get("verdict").asText().matches("permitted|conditional"), v.toString());
        assertTrue(v.has("needs"));
        boolean bearer = false;
        for (JsonNode b : v.get("because")) {
            assertTrue(b.has("agreement") && b.has("provision") && b.has("anchor"), b.toString());
            if (b.get("role").asText().equals("bearer")) {
                bearer = true;
                assertEquals("fishery-convention-1928#fishing-right", b.get("provision").asText());
                assertTrue(b.get("text").asText().contains("japanese-subjects"));
                assertTrue(b.get("anchor").has("exact"));
            }
        }
        assertTrue(bearer, v.toString());
    }
}
