package org.dossier.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.ActionKind;
import org.dossier.model.ConditionKind;
import org.dossier.model.DossierPackage;
import org.dossier.model.ProvisionUse;
import org.dossier.regime.Verdict.Ruling;
import org.junit.jupiter.api.Test;

/** What every {@link Verdicts} must answer on the report's own cases. */
abstract class VerdictsContract {

    abstract Verdicts verdicts(DossierPackage pkg);

    private final Verdicts engine = verdicts(Fixture.flagship());

    private Verdict troops(String from, String to, String date, String... consents) {
        return engine.check(new Question("japan", ActionKind.TROOP_TRANSPORT, from, to, null, date, List.of(consents)));
    }

    @Test
    void troopsFromHarbinToImienpoBeforeTheSovietConsentAreProhibitedByPortsmouthArticle7AsReaffirmed() {
        Verdict v = troops("harbin", "imienpo", "1932-02-26");
        assertEquals(Ruling.PROHIBITED, v.verdict());
        assertTrue(v.because().stream().anyMatch(b -> "portsmouth-treaty-1905#art7".equals(b.provision())
            && Fixture.ART7.equals(b.anchor())), v.because().toString());
        assertTrue(v.because().stream().anyMatch(b -> b.role().equals("reaffirmed")
            && b.agreement().equals("soviet-japanese-convention-1925")));
        assertEquals(List.of("soviet-union"), v.needs().stream().map(Verdict.Need::actor).toList());
        assertEquals("cer-east", v.route().get(0).line());
    }

    @Test
    void withSovietConsentTheTransportToImienpoIsPermittedAsAnException() {
        Verdict v = troops("harbin", "imienpo", "1932-02-26", "soviet-union");
        assertEquals(Ruling.PERMITTED, v.verdict());
        assertTrue(v.exception());
        assertTrue(v.because().stream().anyMatch(b -> b.role().equals("consent")));
    }

    @Test
    void theSovietConsentOf27FebruaryLiftsArticle7AsAnExceptionOnJapansUndertakings() {
        Verdict v = troops("harbin", "imienpo", "1932-02-27");
        assertEquals(Ruling.PERMITTED, v.verdict(), v.reasons().toString());
        assertTrue(v.exception());
        assertTrue(v.because().stream().anyMatch(b -> b.role().equals("lifted-by")
            && "soviet-consent-1932-02-27#harbin-imienpo".equals(b.provision())));
        assertEquals(List.of("japan", "japan"), v.undertakings().stream().map(Verdict.Need::actor).toList());
    }

    @Test
    void goingOnToHailinNeedsExtremeNecessity() {
        Verdict v = troops("harbin", "hailin", "1932-02-27");
        assertEquals(Ruling.CONDITIONAL, v.verdict(), v.reasons().toString());
        assertEquals(List.of(ConditionKind.NECESSITY), v.needs().stream().map(Verdict.Need::kind).toList());
    }

    @Test
    void answerShowsBothReadingsOfArticle7Attributed() {
        List<Verdict.AttributedReading> stated = troops("harbin", "imienpo", "1932-02-27").readings().stream()
            .filter(r -> r.holds() != null).toList();
        assertEquals(List.of("soviet-union", "japan"), stated.stream().map(Verdict.AttributedReading::by).toList());
        assertEquals(List.of("prohibited", "permitted"), stated.stream().map(Verdict.AttributedReading::holds).toList());
    }

    @Test
    void answerShowsBothSidesOfTheExchangeOverArticle7AsClaimsAttributedToTheirStates() {
        Verdict v = troops("harbin", "imienpo", "1932-02-27");
        List<Verdict.AttributedReading> claims = v.readings().stream().filter(r -> r.claim() != null).toList();
        assertEquals(List.of("karakhan-art7", "hirota-protection"), claims.stream().map(Verdict.AttributedReading::claim).toList());
        assertEquals(List.of("soviet-union", "japan"), claims.stream().map(Verdict.AttributedReading::side).toList());
    }

    @Test
    void answerCitesThePrecedentsInWhichArticle7WasInvoked() {
        Verdict v = troops("harbin", "imienpo", "1932-02-27");
        assertTrue(v.precedents().stream().anyMatch(p -> p.event().equals("karakhan-reply-1932-02-27")
            && p.use() == ProvisionUse.CLAIMS_BREACH && p.anchor() != null));
    }

    @Test
    void troopsFromChangchunToHarbinAfterTheSovietConsentNeedTheNoObjectionOfTheRailwaysChineseAuthorities() {
        Verdict v = troops("changchun", "harbin", "1932-01-30");
        assertEquals(Ruling.CONDITIONAL, v.verdict(), v.reasons().toString());
        assertEquals(List.of(ConditionKind.NO_OBJECTION), v.needs().stream().map(Verdict.Need::kind).toList());
        assertEquals("cer-chinese-officials", v.needs().get(0).actor());
        assertEquals(List.of("japan"), v.undertakings().stream().map(Verdict.Need::actor).toList());
        assertTrue(v.because().stream().anyMatch(b -> b.role().equals("lifted-by")));
        Verdict agreed = troops("changchun", "harbin", "1932-01-30", "cer-chinese-officials");
        assertEquals(Ruling.PERMITTED, agreed.verdict());
        assertTrue(agreed.exception());
    }

    @Test
    void lateJanuaryStraddlesTheSovietConsentSoTheAnswerIsIndeterminate() {
        for (String late : List.of("1932-01-21/1932-01-31", "1932-01-29")) {
            Verdict v = troops("changchun", "harbin", late);
            assertEquals(Ruling.INDETERMINATE, v.verdict(), late);
            assertTrue(v.reasons().stream().anyMatch(r -> r.contains("straddles")), v.reasons().toString());
        }
    }

    @Test
    void consentForTheSouthernBranchDoesNotCarryATripOverTheEasternBranch() {
        assertEquals(Ruling.PROHIBITED, troops("changchun", "imienpo", "1932-02-26", "cer-chinese-officials").verdict());
        assertEquals(Ruling.PERMITTED, troops("changchun", "imienpo", "1932-02-27", "cer-chinese-officials").verdict());
    }

    @Test
    void manchoukuoRedeemingTheRailwayUnderTheMukdenAgreementIsConditionalOnChineseCapital() {
        Verdict v = engine.check(new Question("manchoukuo", ActionKind.RAILWAY_REDEMPTION, null, null, null, "1932-08-17", List.of()));
        assertEquals(Ruling.CONDITIONAL, v.verdict());
        assertEquals(List.of(ConditionKind.CAPITAL), v.needs().stream().map(Verdict.Need::kind).toList());
        assertTrue(v.because().stream().anyMatch(b -> "mukden-agreement-1924#redemption-chinese-capital".equals(b.provision())));
        assertTrue(v.because().stream().anyMatch(b -> b.role().equals("acquiesced")));
    }

    @Test
    void actionNoProvisionGovernsIsIndeterminateWithTheReason() {
        Verdict v = engine.check(new Question("japan", ActionKind.COLONIZATION, null, null, null, "1932-05", List.of()));
        assertEquals(Ruling.INDETERMINATE, v.verdict());
        assertFalse(v.reasons().isEmpty());
    }

    @Test
    void concentratingTroopsOnTheSovietKoreanBorderIsAMilitaryMeasureArticle2Prohibits() {
        Verdict v = engine.check(new Question("japan", ActionKind.TROOP_CONCENTRATION, null, null, "soviet-korean-border",
            "1932-02-27", List.of()));
        assertEquals(Ruling.PROHIBITED, v.verdict());
        assertTrue(v.because().stream().anyMatch(b -> "portsmouth-treaty-1905#art2".equals(b.provision())));
        assertEquals(Ruling.INDETERMINATE, engine.check(new Question("japan", ActionKind.TROOP_CONCENTRATION, null, null,
            "dairen", "1932-02-27", List.of())).verdict());
    }

    @Test
    void fishingUnderTheConventionIsConditionalOnKeepingOutOfTheExceptedRivers() {
        Verdict v = engine.check(new Question("japan", ActionKind.FISHING, null, null, null, "1932-05", List.of()));
        assertEquals(Ruling.CONDITIONAL, v.verdict());
        assertTrue(v.needs().get(0).text().contains("37 specified rivers"));
    }

    @Test
    void beforeThePortsmouthTreatyNothingGovernedTroopTransport() {
        assertEquals(Ruling.INDETERMINATE, troops("harbin", "imienpo", "1904").verdict());
    }

    @Test
    void tripBetweenUnconnectedPlacesIsIndeterminate() {
        Verdict v = troops("harbin", "manchuria", "1932-02-27");
        assertEquals(Ruling.INDETERMINATE, v.verdict());
        assertTrue(v.reasons().get(0).contains("no route"));
    }
}
