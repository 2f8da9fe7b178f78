package org.dossier.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dossier.model.DossierPackage;
import org.dossier.regime.InForceAnswer.AgreementInForce;
import org.dossier.regime.InForceAnswer.ProvisionInForce;
import org.junit.jupiter.api.Test;

/** What every {@link InForce} must do on the report's own cases. */
abstract class InForceContract {

    abstract InForce inForce(DossierPackage pkg);

    private final InForce engine = inForce(Fixture.flagship());

    private Optional<AgreementInForce> find(InForceAnswer a, String id) {
        return a.agreements().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    @Test
    void portsmouthArticle7BindsTheSovietUnionOnlyThroughTheReaffirmationOf1925() {
        AgreementInForce portsmouth = find(engine.on("1932-02-27", null, null), "portsmouth-treaty-1905").orElseThrow();
        assertEquals(java.util.Set.of("soviet-union", "japan"), java.util.Set.copyOf(portsmouth.parties()));
        ProvisionInForce art7 = portsmouth.provisions().stream().filter(p -> p.id().equals("portsmouth-treaty-1905#art7"))
            .findFirst().orElseThrow();
        Basis reaffirmed = art7.because().stream().filter(b -> b.role().equals("reaffirmed")).findFirst().orElseThrow();
        assertEquals("soviet-japanese-convention-1925", reaffirmed.agreement());
        assertNotNull(reaffirmed.anchor());
        assertTrue(portsmouth.because().stream().anyMatch(b -> b.role().equals("succession")));
        assertEquals(Fixture.ART7, art7.anchor());
        assertFalse(art7.precedents().isEmpty());
        assertEquals(2, art7.readings().size());
    }

    @Test
    void conventionsRepudiatedBySovietGovernmentBindNobodyAfterTheRevolution() {
        assertTrue(find(engine.on("1910", null, null), "russo-japanese-convention-1907").isPresent());
        assertTrue(find(engine.on("1932-02-27", null, null), "russo-japanese-convention-1907").isEmpty());
    }

    @Test
    void contractOf1896RemainsInForcePendingRevisionWithItsTermCutTo60Years() {
        AgreementInForce contract = find(engine.on("1925-01-01", null, null), "cer-contract-1896").orElseThrow();
        assertTrue(contract.because().stream().anyMatch(b -> b.role().equals("remains-in-force-pending")));
        ProvisionInForce reversion = contract.provisions().stream().filter(p -> p.id().endsWith("#reversion-80")).findFirst().orElseThrow();
        assertEquals("60", reversion.modified().get(0).to());
        assertEquals("mukden-agreement-1924#reversion-60", reversion.modified().get(0).by());
        ProvisionInForce before = find(engine.on("1924-06-01", null, null), "cer-contract-1896").orElseThrow().provisions().stream()
            .filter(p -> p.id().endsWith("#reversion-80")).findFirst().orElseThrow();
        assertTrue(before.modified().isEmpty());
    }

    @Test
    void intervalStraddlingAnEntryIntoForceIsIndeterminateWithTheReason() {
        InForceAnswer a = engine.on("1924-05/1924-06", null, null);
        assertEquals("indeterminate", a.status());
        assertTrue(a.indeterminate().stream().anyMatch(u -> u.id().equals("peking-general-principles-1924")
            && u.reason().contains("straddles")), a.indeterminate().toString());
        assertTrue(find(a, "peking-general-principles-1924").isEmpty());
        assertEquals("determinate", engine.on("1924-07", null, null).status());
    }

    @Test
    void proposedPactIsNeverInForce() {
        assertTrue(find(engine.on("1932-06", null, null), "non-aggression-pact-proposal-1931").isEmpty());
    }

    @Test
    void conventionConcludedForEightYearsEndsWithItsTerm() {
        assertTrue(find(engine.on("1935-12-31", null, null), "fishery-convention-1928").isPresent());
        assertTrue(find(engine.on("1936-02", null, null), "fishery-convention-1928").isEmpty());
        assertTrue(engine.on("1936-01", null, null).indeterminate().stream().anyMatch(u -> u.id().equals("fishery-convention-1928")));
    }

    @Test
    void manchoukuoBecomesBoundByTheMukdenAgreementByAcquiescing() {
        assertTrue(find(engine.on("1932-06-01", null, null), "mukden-agreement-1924").orElseThrow().parties().contains("manchoukuo"));
        assertFalse(find(engine.on("1931-06-01", null, null), "mukden-agreement-1924").orElseThrow().parties().contains("manchoukuo"));
        assertTrue(find(engine.on("1932-06-01", "manchoukuo", null), "mukden-agreement-1924").isPresent());
    }

    @Test
    void partyFilterKeepsOnlyAgreementsBindingThatActor() {
        InForceAnswer a = engine.on("1926", "japan", null);
        assertTrue(find(a, "portsmouth-treaty-1905").isPresent());
        assertTrue(find(a, "peking-general-principles-1924").isEmpty());
    }

    @Test
    void subjectFilterKeepsProvisionsAboutTheRailwayOrItsBranches() {
        InForceAnswer a = engine.on("1926", null, "cer-east");
        assertTrue(find(a, "mukden-agreement-1924").isPresent());
        assertTrue(find(a, "soviet-japanese-convention-1925").isEmpty());
    }
}
