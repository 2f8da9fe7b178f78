package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.ProvisionRef;
import org.dossier.model.ProvisionUse;
import org.dossier.model.Quantity;
import org.dossier.time.Edtf;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the flagship package's events, claims and quantities say about the story the report tells:
 * its span, the rise and fall of Soviet-Japanese tension in the Goldstein weights, the provisions
 * invoked, and who claimed what.
 */
class FlagshipChronicleTest {

    private static Dossier flagship;

    @BeforeAll
    static void loadFlagship() {
        boolean complete = Dossier.class.getClassLoader().getResource(Dossier.BUNDLED + "/actors.yaml") != null;
        flagship = complete ? Dossier.loadBundled() : null;
    }

    @BeforeEach
    void requireCompletePackage() {
        Assumptions.assumeTrue(flagship != null,
            "the flagship package's entity files (actors, places, agreements…) are not on this branch yet");
    }

    @Test
    void narratesMoreThanEightyDatedEventsFrom1881ToJune1932() {
        List<Event> events = flagship.pkg().events();
        assertTrue(events.size() > 80, "events: " + events.size());
        LocalDate first = events.stream().map(FlagshipChronicleTest::start).min(LocalDate::compareTo).orElseThrow();
        assertEquals(1881, first.getYear());
        assertTrue(events.stream().anyMatch(e -> e.date().equals("1932-06-02")));
    }

    @Test
    void tensionRisesFromSeptember1931PeaksInAprilAndEasesInMayAndJune1932() {
        Map<YearMonth, Double> byMonth = new TreeMap<>();
        for (Event e : flagship.pkg().events()) {
            byMonth.merge(YearMonth.from(start(e)), e.goldstein(), Double::sum);
        }
        YearMonth april = YearMonth.of(1932, 4);
        double aprilSum = byMonth.get(april);
        for (YearMonth m = YearMonth.of(1931, 9); !m.isAfter(YearMonth.of(1932, 6)); m = m.plusMonths(1)) {
            if (!m.equals(april)) {
                assertTrue(byMonth.getOrDefault(m, 0.0) > aprilSum, m + " is not calmer than April 1932");
            }
        }
        assertTrue(byMonth.get(YearMonth.of(1931, 9)) < 0, "September 1931 is not conflictual");
        double beforeSeptember = byMonth.entrySet().stream()
            .filter(x -> x.getKey().getYear() == 1931 && x.getKey().getMonthValue() < 9)
            .mapToDouble(Map.Entry::getValue).sum();
        assertTrue(beforeSeptember > byMonth.get(YearMonth.of(1931, 9)), "tension does not rise in September 1931");
        assertTrue(byMonth.get(YearMonth.of(1932, 5)) > aprilSum / 4, "May 1932 does not ease");
        assertTrue(byMonth.get(YearMonth.of(1932, 6)) > aprilSum / 4, "June 1932 does not ease");
    }

    @Test
    void karakhanClaimsArticle7BreachedThenGrantsALimitedExceptionAndQuestionsArticle2() {
        List<ProvisionRef> refs = flagship.pkg().events().stream()
            .filter(e -> e.date().equals("1932-02-27"))
            .flatMap(e -> e.provisions().stream())
            .toList();
        assertTrue(refs.contains(new ProvisionRef("portsmouth-treaty-1905#art7", ProvisionUse.CLAIMS_BREACH)));
        assertTrue(refs.contains(new ProvisionRef("portsmouth-treaty-1905#art7", ProvisionUse.GRANTS_EXCEPTION)));
        assertTrue(refs.contains(new ProvisionRef("portsmouth-treaty-1905#art2", ProvisionUse.CLAIMS_BREACH)));
    }

    @Test
    void everyDenialAndCounterClaimAnswersAClaimMadeNoLaterThanItself() {
        Map<String, Claim> byId = flagship.pkg().claims().stream()
            .collect(Collectors.toMap(Claim::id, Function.identity()));
        long answering = 0;
        for (Claim c : flagship.pkg().claims()) {
            if (c.answers() == null) {
                continue;
            }
            answering++;
            Claim answered = byId.get(c.answers());
            LocalDate answeredFrom = Edtf.parse(answered.date()).earliest();
            LocalDate latest = Edtf.parse(c.date()).latest();
            assertFalse(answeredFrom != null && latest != null && answeredFrom.isAfter(latest),
                c.id() + " answers " + answered.id() + ", which was made later");
        }
        assertTrue(answering >= 30, "answering claims: " + answering);
    }

    @Test
    void japaneseEstimatesOfSovietForcesAreClaimsNotFacts() {
        Set<String> claimants = flagship.pkg().quantities().stream()
            .filter(q -> q.value() != null && q.value() == 150_000)
            .map(Quantity::claimant)
            .collect(Collectors.toSet());
        assertEquals(Set.of("japanese-reports"), claimants);
        assertTrue(flagship.pkg().events().stream()
            .filter(e -> e.id().equals("soviet-buildup-alleged-1932-04"))
            .allMatch(e -> "japanese-reports".equals(e.claimedBy())));
    }

    /** The first day an event's date can mean; an interval open at its start counts from its end. */
    private static LocalDate start(Event e) {
        Edtf d = Edtf.parse(e.date());
        return d.earliest() != null ? d.earliest() : d.latest();
    }
}
