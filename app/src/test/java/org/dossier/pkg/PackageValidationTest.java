package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a precise message with its file and line. */
class PackageValidationTest {
    @TempDir Path dir;

    private Path tiny() {
        return Fixtures.copy("tiny", dir);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path f = dir.resolve(file);
        String text = Files.readString(f);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(f, text.replace(from, to));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + text);
    }

    /** The 1-based line of the first line in {@code file} containing {@code needle}. */
    private int lineOf(String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    private List<String> issues() {
        PackageException e = assertThrows(PackageException.class, () -> Fixtures.load(dir));
        return e.issues().stream().map(PackageIssue::toString).toList();
    }

    @Test
    void anUnclosedQuoteInAFlowListIsAMalformedFileNotACrash() throws IOException {
        // found by PackageReaderProperties: SnakeYAML's scanner throws IndexOutOfBoundsException here
        tiny();
        replace("actors.yaml", "aliases: [U.S.S.R.]", "aliases: ['U.S.S.R.]");
        List<String> issues = issues();
        assertTrue(issues.stream().anyMatch(i -> i.contains("actors.yaml") && i.contains("malformed YAML")), issues.toString());
    }

    @Test
    void anAnchorThatMatchesNowhereFailsWithFileAndLine() throws IOException {
        tiny();
        replace("events.yaml", "exact: \"seized the railway\"", "exact: \"burned the railway\"");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "burned the railway")
            + ": event 'railway-seized': anchor 'burned the railway' matches nowhere in the restored text"), issues());
    }

    @Test
    void anAmbiguousAnchorFailsNamingWhereItMatches() throws IOException {
        tiny();
        replace("events.yaml", "exact: \"protested\", prefix: \"Japan\"", "exact: \"protested\"");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "exact: \"protested\"")
            + ": event 'japan-protests': anchor 'protested' matches 2 times (in p2); add a prefix or suffix so it "
            + "matches once"), issues());
    }

    @Test
    void aQuoteFoundOnlyWithoutItsPrefixSaysSo() throws IOException {
        tiny();
        replace("events.yaml", "prefix: \"Japan\"", "prefix: \"China\"");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "prefix: \"China\"")
            + ": event 'japan-protests': anchor 'protested' occurs 2 times but never with the given prefix/suffix"),
            issues());
    }

    @Test
    void anAnchorOnTheWrongPageFails() throws IOException {
        tiny();
        replace("events.yaml", "{exact: \"Japanese troops reached Harbin\", page: 2}",
            "{exact: \"Japanese troops reached Harbin\", page: 3}");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "reached Harbin")
            + ": event 'troops-reach-harbin': anchor 'Japanese troops reached Harbin' is on page 2, not on page 3"),
            issues());
    }

    @Test
    void anInvalidEdtfDateFails() throws IOException {
        tiny();
        replace("events.yaml", "date: \"1932-05-21/1932-05-31\"", "date: \"1932-13\"");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "id: troops-reach-harbin")
            + ": event 'troops-reach-harbin': invalid EDTF date in 'date': '1932-13': no month 13"), issues());
    }

    @Test
    void aReferenceToAnUnknownIdFailsWithSuggestions() throws IOException {
        tiny();
        replace("events.yaml", "actors: [china]", "actors: [chna]");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "id: railway-seized")
            + ": event 'railway-seized': unknown actor 'chna' in 'actors'; did you mean China (china)?"), issues());
    }

    @Test
    void aNameWhereAnIdBelongsIsToldItsId() throws IOException {
        tiny();
        replace("events.yaml", "place: peking", "place: Beijing");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "id: convention-signed")
            + ": event 'convention-signed': unknown place 'Beijing' in 'place'; 'Beijing' is a name: write the id 'peking'"),
            issues());
    }

    @Test
    void aReferenceToAnUnknownProvisionFails() throws IOException {
        tiny();
        replace("events.yaml", "{provision: \"portsmouth-treaty-1905#art7\"", "{provision: \"portsmouth-treaty-1905#art9\"");
        List<String> issues = issues();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("events.yaml:" + lineOf("events.yaml", "art9")
            + ": event 'troops-reach-harbin': unknown provision 'portsmouth-treaty-1905#art9' in 'provision'"),
            issues.get(0));
    }

    @Test
    void aCycleOfSupersedesFails() throws IOException {
        tiny();
        append("relations.yaml", """
              - id: a-supersedes-b
                type: supersedes
                subject: convention-1925
                object: portsmouth-treaty-1905
              - id: b-supersedes-a
                type: supersedes
                subject: portsmouth-treaty-1905
                object: convention-1925
            """);
        assertEquals(List.of("relations.yaml:" + lineOf("relations.yaml", "id: a-supersedes-b")
            + ": cycle of supersedes: convention-1925 → portsmouth-treaty-1905 → convention-1925"), issues());
    }

    @Test
    void anUnknownFieldFailsNamingTheFieldAndItsLine() throws IOException {
        tiny();
        replace("events.yaml", "    action: seize the railway\n", "    action: seize the railway\n    colour: red\n");
        List<String> issues = issues();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("events.yaml:" + lineOf("events.yaml", "colour")
            + ": unknown field 'colour' in event (known fields: action, actors, agreements, anchor,"), issues.get(0));
    }

    @Test
    void anUnknownFieldInANestedRecordNamesItsOwnLine() throws IOException {
        tiny();
        replace("agreements.yaml", "        article: \"7\"\n", "        article: \"7\"\n        bearer: japan\n");
        List<String> issues = issues();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("agreements.yaml:" + lineOf("agreements.yaml", "bearer: japan")
            + ": unknown field 'bearer' in provision"), issues.get(0));
    }

    @Test
    void anInvalidEnumValueListsTheAcceptedValues() throws IOException {
        tiny();
        replace("agreements.yaml", "kind: treaty", "kind: treety");
        List<String> issues = issues();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("agreements.yaml:" + lineOf("agreements.yaml", "treety")
            + ": invalid value 'treety' for 'kind' (expected one of: treaty, convention, protocol"), issues.get(0));
    }

    @Test
    void aMalformedFileFailsWithTheLineOfTheDamage() throws IOException {
        tiny();
        replace("places.yaml", "    kind: city\n    coordinates", "    kind: city\n   coordinates");
        List<String> issues = issues();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("places.yaml:" + lineOf("places.yaml", "   coordinates")
            + ": malformed YAML: expected <block end>, but found '<block mapping start>'"), issues.get(0));
    }

    @Test
    void aPlaceNeitherNamedInTheReportNorSourcedFails() throws IOException {
        tiny();
        replace("places.yaml", "    anchors:\n      - {exact: \"at Peking\", page: 1}\n", "");
        assertEquals(List.of("places.yaml:" + lineOf("places.yaml", "id: peking")
            + ": place 'peking': needs anchors (named in the report) or a source (from elsewhere)"), issues());
    }

    @Test
    void aFileWithoutItsTopLevelKeyFails() throws IOException {
        tiny();
        replace("claims.yaml", "claims:", "claim:");
        assertEquals(List.of("claims.yaml:1: unknown key 'claim': this file holds 'claims:'"), issues());
    }

    @Test
    void aDuplicateIdFailsPointingAtTheFirst() throws IOException {
        tiny();
        replace("actors.yaml", "  - id: china\n", "  - id: japan\n");
        List<String> issues = issues();
        assertTrue(issues.contains("actors.yaml:13: duplicate actor id 'japan' (first at actors.yaml:8)"),
            issues.toString());
    }

    @Test
    void aMissingRequiredFieldFails() throws IOException {
        tiny();
        replace("claims.yaml", "    claimant: japanese-reports\n", "");
        assertEquals(List.of("claims.yaml:2: claim 'soviet-forces-estimate': missing required field 'claimant'"),
            issues());
    }

    @Test
    void aGoldsteinWeightDisagreeingWithTheCameoTableFails() throws IOException {
        tiny();
        replace("events.yaml", "goldstein: -2.0", "goldstein: 3.0");
        assertEquals(List.of("events.yaml:" + lineOf("events.yaml", "id: japan-protests")
            + ": event 'japan-protests': goldstein 3.0 disagrees with the CAMEO table, where 111 "
            + "(Criticize or denounce) weighs -2.0"), issues());
    }

    @Test
    void aDocumentWhoseHashDiffersFromTheManifestFails() throws IOException {
        tiny();
        append("report.txt", "An added line.\n");
        List<String> issues = issues();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("dossier.yaml:1: documentSha256 "), issues.get(0));
        assertTrue(issues.get(0).contains(" does not match report.txt, whose SHA-256 is "), issues.get(0));
    }

    @Test
    void aFigureFromElsewhereWithoutASourceFails() throws IOException {
        tiny();
        replace("lines.yaml", ", source: \"https://example.org/lines\"", "");
        assertEquals(List.of("lines.yaml:" + lineOf("lines.yaml", "lengthKm")
            + ": line 'harbin-peking': a figure needs an anchor (stated in the report) or a source (from elsewhere)"),
            issues());
    }

    @Test
    void neverHalfLoadsAndReportsEveryProblemOfEveryFileTogether() throws IOException {
        tiny();
        replace("events.yaml", "actors: [china]", "actors: [chna]");
        replace("places.yaml", "at Peking", "at Pekking");
        replace("claims.yaml", "date: \"1932\"", "date: \"May 1932\"");
        List<String> issues = issues();
        assertEquals(3, issues.size(), issues.toString());
        assertTrue(issues.get(0).startsWith("places.yaml:"), issues.toString());
        assertTrue(issues.get(1).startsWith("events.yaml:"), issues.toString());
        assertTrue(issues.get(2).startsWith("claims.yaml:"), issues.toString());
    }

    @Test
    void anUnquotedCameoCodeKeepsItsLeadingZero() throws IOException {
        tiny();
        replace("events.yaml", "cameo: \"057\"", "cameo: 057");
        assertEquals("057", Fixtures.load(dir).names().event("convention-signed").cameo());
    }

    @Test
    void aKindFileMayBeJson() throws IOException {
        tiny();
        Files.delete(dir.resolve("claims.yaml"));
        Files.writeString(dir.resolve("claims.json"), """
            {"claims": [{"id": "soviet-forces-estimate", "claimant": "japanese-reports", "date": "1932",
              "statement": "Soviet forces number 150,000 men",
              "anchor": {"exact": "estimated Soviet forces at 150,000 men", "page": 2}}]}
            """);
        assertEquals("japanese-reports", Fixtures.load(dir).pkg().claims().get(0).claimant());
    }

    @Test
    void aFileNamedForNoKindIsReported() throws IOException {
        tiny();
        Files.writeString(dir.resolve("event.yaml"), "events: []\n");
        assertEquals(List.of("event.yaml:0: unknown file: a package holds sources, actors, places, lines, agreements, "
            + "relations, events, claims, quantities, rates (.yaml, .yml or .json)"), issues());
    }
}
