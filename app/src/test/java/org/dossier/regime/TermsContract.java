package org.dossier.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.DossierPackage;
import org.dossier.regime.TermAnswer.TermDate;
import org.junit.jupiter.api.Test;

/** What every {@link Terms} must compute for the Chinese Eastern's reversion and redemption. */
abstract class TermsContract {

    abstract Terms terms(DossierPackage pkg);

    private final Terms engine = terms(Fixture.flagship());

    private TermDate byProvision(TermAnswer a, String key) {
        return a.dates().stream().filter(d -> d.provision().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void railwayRevertsFreeEightyYearsAfterCompletionUnderTheContractButSixtyUnderMukden() {
        TermAnswer a = engine.dates("cer-contract-1896", null);
        TermDate eighty = byProvision(a, "cer-contract-1896#reversion-80");
        assertEquals("1983-07-01", eighty.date());
        assertFalse(eighty.governs());
        assertEquals("mukden-agreement-1924#reversion-60", eighty.displacedBy());
        TermDate sixty = byProvision(a, "mukden-agreement-1924#reversion-60");
        assertEquals("1963-07-01", sixty.date());
        assertTrue(sixty.governs());
        assertTrue(eighty.because().stream().anyMatch(b -> b.role().equals("counted-from") && b.anchor() != null));
    }

    @Test
    void chinaMayBuyTheRailwayThirtySixYearsAfterCompletionUntilThePekingAgreementDecidesRedemptionItself() {
        TermDate before = byProvision(engine.dates("cer-contract-1896", "1920"), "cer-contract-1896#purchase-36");
        assertEquals("1939-07-01", before.date());
        assertTrue(before.governs());
        TermDate after = byProvision(engine.dates("cer-contract-1896", null), "cer-contract-1896#purchase-36");
        assertEquals("alternative", after.status());
        assertTrue(after.reason().contains("pending"), after.reason());
    }

    @Test
    void everyRulingNamesAtMostOneGoverningRuleAndEveryQuestionIsAnswered() {
        for (String asOf : new String[] {"1920", "1924-06", "1930", null}) {
            TermAnswer a = engine.dates("cer-contract-1896", asOf);
            for (TermAnswer.TermRuling r : a.rulings()) {
                assertEquals(r.status().equals("governs"), r.provision() != null, r.toString());
                assertTrue(r.reason() != null && !r.reason().isBlank(), r.toString());
            }
            java.util.Map<String, Long> governing = a.dates().stream().filter(TermDate::governs)
                .collect(java.util.stream.Collectors.groupingBy(TermDate::what, java.util.stream.Collectors.counting()));
            governing.forEach((what, n) -> assertEquals(1L, n, what + " as of " + asOf));
        }
    }

    @Test
    void redemptionWithChineseCapitalRunsFromEntryIntoForceWhenNoTermIsStated() {
        TermDate peking = byProvision(engine.dates("cer-contract-1896", null), "peking-general-principles-1924#redemption-chinese-capital");
        assertEquals("1924-05-31", peking.date());
        assertNull(peking.years());
        assertTrue(peking.note().contains("no term stated"));
    }

    private static TermAnswer.TermRuling ruling(TermAnswer a, String question, String party) {
        return a.rulings().stream().filter(r -> r.question().equals(question) && java.util.Objects.equals(r.party(), party))
            .findFirst().orElseThrow(() -> new AssertionError("no ruling on " + question + " for " + party + " in " + a.rulings()));
    }

    @Test
    void pekingAndMukdenRedemptionEachGovernForTheirOwnRedeemerNeverBothForOne() {
        TermAnswer a = engine.dates("mukden-agreement-1924", null);
        assertEquals("mukden-agreement-1924#redemption-chinese-capital", ruling(a, "redemption", "manchoukuo").provision());
        TermDate mukden = byProvision(a, "mukden-agreement-1924#redemption-chinese-capital");
        TermDate peking = byProvision(a, "peking-general-principles-1924#redemption-chinese-capital");
        assertFalse(mukden.governs() && peking.governs());
        assertEquals(java.util.List.of("manchoukuo"), mukden.governsFor());
    }

    @Test
    void askedForManchoukuoTheMukdenRedemptionGovernsAndPekingIsTheAlternative() {
        TermAnswer a = engine.dates("mukden-agreement-1924", null, "manchoukuo");
        TermAnswer.TermRuling r = ruling(a, "redemption", "manchoukuo");
        assertEquals("governs", r.status());
        assertEquals("mukden-agreement-1924#redemption-chinese-capital", r.provision());
        assertTrue(byProvision(a, "mukden-agreement-1924#redemption-chinese-capital").governs());
        TermDate peking = byProvision(a, "peking-general-principles-1924#redemption-chinese-capital");
        assertEquals("alternative", peking.status());
        assertTrue(r.alternatives().stream().anyMatch(x -> x.startsWith("peking-general-principles-1924#redemption-chinese-capital")));
    }

    @Test
    void forTheSovietUnionWhichRedemptionAppliesDependsOnWhoRedeems() {
        TermAnswer a = engine.dates("mukden-agreement-1924", "1930", "soviet-union");
        TermAnswer.TermRuling r = ruling(a, "redemption", "soviet-union");
        assertEquals("indeterminate", r.status());
        assertNull(r.provision());
        assertTrue(r.reason().contains("mukden-authorities"), r.reason());
        assertTrue(a.dates().stream().noneMatch(TermDate::governs) || a.dates().stream().filter(TermDate::governs)
            .noneMatch(d -> d.what().equals("may be redeemed")));
    }

    @Test
    void beforeMukdenTheEightyYearTermGoverns() {
        assertTrue(byProvision(engine.dates("cer-contract-1896", "1924-06"), "cer-contract-1896#reversion-80").governs());
    }

    @Test
    void askingAboutOneProvisionStillShowsTheTermsThatCompeteWithIt() {
        TermAnswer a = engine.dates("mukden-agreement-1924#reversion-60", null);
        assertTrue(a.dates().stream().anyMatch(d -> d.provision().equals("cer-contract-1896#reversion-80")));
    }

    @Test
    void unknownProvisionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> engine.dates("cer-contract-1896#nothing", null));
    }
}
