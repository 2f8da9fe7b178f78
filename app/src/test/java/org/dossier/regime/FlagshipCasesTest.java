package org.dossier.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.chronicle.GoldsteinTension;
import org.dossier.chronicle.TensionPeriod;
import org.dossier.chronicle.TensionSeries;
import org.dossier.model.ActionKind;
import org.dossier.model.ConditionKind;
import org.dossier.model.PaymentKind;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;
import org.dossier.regime.Verdict.Ruling;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's own cases, answered from the bundled far-east-1932 package. */
class FlagshipCasesTest {
    private static Regime regime;

    @BeforeAll
    static void load() {
        try {
            regime = Regime.of(Dossier.loadBundled().pkg());
        } catch (PackageException e) {
            Assumptions.abort("the bundled package does not load yet: " + e.getMessage());
        }
    }

    private static Verdict troops(String from, String to, String date, String... consents) {
        return regime.verdicts().check(new Question("japan", ActionKind.TROOP_TRANSPORT, from, to, null, date, List.of(consents)));
    }

    @Test
    void japanAskingToMoveTroopsChangchunToHarbinGetsSovietConsentOnConditions() {
        Verdict v = troops("changchun", "harbin", "1932-01-30");
        assertEquals(Ruling.CONDITIONAL, v.verdict(), v.reasons().toString());
        assertEquals(List.of(ConditionKind.NO_OBJECTION), v.needs().stream().map(Verdict.Need::kind).toList());
        assertEquals(List.of(ConditionKind.UNDERTAKING), v.undertakings().stream().map(Verdict.Need::kind).toList());
        assertTrue(v.because().stream().anyMatch(b -> "portsmouth-treaty-1905#art7".equals(b.provision())));
        assertTrue(v.because().stream().allMatch(b -> b.anchor() != null), v.because().toString());
        String chinese = v.needs().get(0).actor();
        assertEquals(Ruling.PERMITTED, troops("changchun", "harbin", "1932-01-30", chinese).verdict());
    }

    @Test
    void lateJanuaryStraddlesTheDayOfTheSovietConsent() {
        Verdict v = troops("changchun", "harbin", "1932-01-21/1932-01-31");
        assertEquals(Ruling.INDETERMINATE, v.verdict());
        assertTrue(v.reasons().get(0).contains("straddles"), v.reasons().toString());
    }

    @Test
    void japanMovingTroopsHarbinToImienpoIsProhibitedByArticle7UnlessTheSovietUnionConsents() {
        Verdict before = troops("harbin", "imienpo", "1932-02-26");
        assertEquals(Ruling.PROHIBITED, before.verdict());
        assertEquals(List.of("soviet-union"), before.needs().stream().map(Verdict.Need::actor).toList());
        assertTrue(before.because().stream().anyMatch(b -> b.role().equals("reaffirmed")
            && "soviet-japanese-convention-1925".equals(b.agreement())));
        Verdict consented = troops("harbin", "imienpo", "1932-02-26", "soviet-union");
        assertEquals(Ruling.PERMITTED, consented.verdict());
        assertTrue(consented.exception());
    }

    @Test
    void onTheTwentySeventhTheLimitedTransportConsentedToIsAnExceptionWithBothReadings() {
        Verdict v = troops("harbin", "imienpo", "1932-02-27");
        assertEquals(Ruling.PERMITTED, v.verdict(), v.reasons().toString());
        assertTrue(v.exception());
        Set<String> sides = v.readings().stream().map(Verdict.AttributedReading::side).collect(Collectors.toSet());
        assertTrue(sides.containsAll(Set.of("soviet-union", "japan")), v.readings().toString());
        assertTrue(v.precedents().stream().anyMatch(p -> p.date().startsWith("1932-02") && p.anchor() != null));
    }

    @Test
    void manchoukuoRedeemingTheRailwayUnderTheMukdenAgreementNeedsChineseCapital() {
        Verdict v = regime.verdicts().check(new Question("manchoukuo", ActionKind.RAILWAY_REDEMPTION, null, null, null,
            "1932-08-17", List.of()));
        assertEquals(Ruling.CONDITIONAL, v.verdict());
        assertEquals(List.of(ConditionKind.CAPITAL), v.needs().stream().map(Verdict.Need::kind).toList());
        assertTrue(v.because().stream().anyMatch(b -> "mukden-agreement-1924#redemption-chinese-capital".equals(b.provision())));
    }

    @Test
    void inForceFollowsReaffirmationRepudiationAndTheContractPendingRevision() {
        InForceAnswer a = regime.inForce().on("1932-02-27", null, null);
        Map<String, InForceAnswer.AgreementInForce> by = a.agreements().stream()
            .collect(Collectors.toMap(InForceAnswer.AgreementInForce::id, x -> x));
        assertTrue(by.get("portsmouth-treaty-1905").parties().containsAll(List.of("soviet-union", "japan")));
        assertFalse(by.containsKey("russo-japanese-convention-1907"));
        assertFalse(by.containsKey("russo-japanese-convention-1910"));
        assertTrue(by.get("cer-contract-1896").because().stream().anyMatch(b -> b.role().equals("remains-in-force-pending")));
        assertEquals("indeterminate", regime.inForce().on("1924-05/1924-06", null, null).status());
    }

    @Test
    void theRailwayRevertsIn1963UnderMukdenNot1983() {
        TermAnswer t = regime.terms().dates("cer-contract-1896", null);
        TermAnswer.TermDate governing = t.dates().stream()
            .filter(d -> d.governs() && "reverts free of charge".equals(d.what())).findFirst().orElseThrow();
        assertEquals("1963-07-01", governing.date());
        assertEquals("mukden-agreement-1924", governing.agreement());
    }

    @Test
    void leasesUnderThe1931CompromiseAndTaxesAtAnOfficialQuotationTheReportDoesNotGive() {
        PaymentAnswer lease = regime.payments().convert(new BigDecimal("1000"), "RUB", PaymentKind.LEASE, "1932-01", "JPY");
        assertEquals(0, new BigDecimal("325").compareTo(lease.amount()));
        assertNotNull(lease.anchor());
        PaymentAnswer tax = regime.payments().convert(new BigDecimal("1000"), "RUB", PaymentKind.TAX, "1932-01", "USD");
        assertEquals("no-rate", tax.status());
        PaymentAnswer chosen = regime.payments().convert(new BigDecimal("1000"), "RUB", PaymentKind.LEASE, "1930-06", "USD");
        assertEquals("no-rate", chosen.status());
        // The package dates the closing of the bank and the compromise only to the month and the year: in between,
        // whether gold parity or the compromise applied cannot be told.
        PaymentAnswer december = regime.payments().convert(new BigDecimal("1000"), "RUB", PaymentKind.LEASE, "1930-12-15", "USD");
        assertEquals("indeterminate", december.status());
        assertTrue(december.alternatives().stream().anyMatch(r -> r.contains("gold-parity")), december.alternatives().toString());
    }

    @Test
    void sovietJapaneseTensionRisesFromSeptember1931PeaksInSpring1932AndEasesInMayAndJune() {
        TensionSeries s = GoldsteinTension.of(regime.pkg()).series("soviet-union", "japan", TensionPeriod.MONTH);
        Map<String, Double> score = s.series().stream().collect(Collectors.toMap(TensionSeries.Point::period, TensionSeries.Point::score));
        assertTrue(score.get("1931-09") < 0 && score.get("1931-11") < score.get("1931-09"));
        String acute = s.series().stream().min(Comparator.comparingDouble(TensionSeries.Point::score)).orElseThrow().period();
        assertTrue(Set.of("1932-03", "1932-04").contains(acute), acute);
        assertTrue(score.get("1932-05") > score.get("1932-04") && score.get("1932-06") > score.get("1932-05"));
    }

    private static InForceAnswer.AgreementInForce contract(String date, String id) {
        return regime.inForce().on(date, null, null).agreements().stream().filter(a -> a.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError(id + " not in force on " + date));
    }

    @Test
    void chinaIsThePekingGovernmentIn1915And1925AndMayBeNankingIn1930() {
        InForceAnswer.AgreementInForce y1915 = contract("1915", "cer-contract-1896");
        assertTrue(y1915.parties().contains("china-peking"), y1915.parties().toString());
        assertFalse(y1915.parties().contains("china-nanking"));
        // The report never dates the Nanking government; the Peking government still acted in 1927 (the embassy raid).
        InForceAnswer.AgreementInForce y1925 = contract("1925", "peking-general-principles-1924");
        assertEquals(List.of("soviet-union", "china-peking"), y1925.parties());
        assertTrue(y1925.mayHaveSucceeded().isEmpty(), y1925.mayHaveSucceeded().toString());
        InForceAnswer.AgreementInForce y1930 = contract("1930", "peking-general-principles-1924");
        assertTrue(y1930.parties().contains("china-peking"));
        assertTrue(y1930.mayHaveSucceeded().stream()
            .anyMatch(m -> m.predecessor().equals("china-peking") && m.successor().equals("china-nanking") && m.inheritsObligations()));
        assertTrue(contract("1932-08-17", "peking-general-principles-1924").parties().contains("china-nanking"));
    }

    @Test
    void theContractOf1896PassesFromTheRussoChineseToTheRussoAsiaticBankIn1910() {
        assertTrue(contract("1905", "cer-contract-1896").parties().contains("russo-chinese-bank"));
        InForceAnswer.AgreementInForce y1915 = contract("1915", "cer-contract-1896");
        assertTrue(y1915.parties().contains("russo-asiatic-bank"), y1915.parties().toString());
        assertFalse(y1915.parties().contains("russo-chinese-bank"));
        assertTrue(y1915.because().stream().anyMatch(b -> b.role().equals("succession") && b.anchor() != null
            && b.text().contains("russo-asiatic-bank succeeds russo-chinese-bank")));
        // 1910 itself may fall on either side of the merger.
        assertTrue(contract("1910", "cer-contract-1896").mayHaveSucceeded().stream()
            .anyMatch(m -> m.predecessor().equals("russo-chinese-bank") && m.successor().equals("russo-asiatic-bank")));
    }

    @Test
    void japanActingForItsSubjectsFindsTheFisheryRightAndTheAnswerNamesTheBearer() {
        Verdict v = regime.verdicts().check(new Question("japan", ActionKind.FISHING, null, null, null, "1930", List.of()));
        assertTrue(v.verdict() != Ruling.INDETERMINATE, v.reasons().toString());
        assertTrue(v.because().stream().anyMatch(b -> "fishery-convention-1928#fishing-right".equals(b.provision())
            && b.role().equals("bearer") && b.text().contains("japanese-subjects")), v.because().toString());
        Verdict subjects = regime.verdicts().check(new Question("japanese-subjects", ActionKind.FISHING, null, null, null, "1930", List.of()));
        assertTrue(subjects.because().stream().noneMatch(b -> b.role().equals("bearer")));
    }

    @Test
    void mukdenRedemptionGovernsForManchoukuoAndPekingForTheNankingGovernment() {
        TermAnswer a = regime.terms().dates("mukden-agreement-1924", null);
        Map<String, String> byParty = a.rulings().stream().filter(r -> r.question().equals("redemption"))
            .collect(Collectors.toMap(TermAnswer.TermRuling::party, r -> String.valueOf(r.provision())));
        assertEquals("mukden-agreement-1924#redemption-chinese-capital", byParty.get("manchoukuo"), byParty.toString());
        assertEquals("peking-general-principles-1924#redemption-chinese-capital", byParty.get("china-nanking"), byParty.toString());
        TermAnswer forManchoukuo = regime.terms().dates("mukden-agreement-1924", null, "manchoukuo");
        assertEquals(List.of("mukden-agreement-1924#redemption-chinese-capital"), forManchoukuo.dates().stream()
            .filter(TermAnswer.TermDate::governs).filter(d -> d.what().equals("may be redeemed")).map(TermAnswer.TermDate::provision).toList());
    }

    @Test
    void chinaCannotBuyTheRailwayBeforeThe36YearsHaveRunButMayRedeemWithChineseCapitalAfter1924() {
        Verdict y1920 = regime.verdicts().check(new Question("china", ActionKind.RAILWAY_REDEMPTION, null, null, null, "1920", List.of()));
        assertEquals(Ruling.INDETERMINATE, y1920.verdict());
        assertTrue(y1920.reasons().stream().anyMatch(r -> r.contains("cer-contract-1896#purchase-36 opens only on 1939-07-01")),
            y1920.reasons().toString());
        Verdict y1930 = regime.verdicts().check(new Question("china", ActionKind.RAILWAY_REDEMPTION, null, null, null, "1930", List.of()));
        assertEquals(Ruling.CONDITIONAL, y1930.verdict());
        assertTrue(y1930.needs().stream().anyMatch(n -> n.kind() == ConditionKind.CAPITAL), y1930.needs().toString());
        assertTrue(y1930.because().stream().noneMatch(b -> "cer-contract-1896#purchase-36".equals(b.provision())));
    }
}
