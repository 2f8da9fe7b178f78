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
    void chinaMayBuyTheRailwayThirtySixYearsAfterCompletion() {
        TermDate buy = byProvision(engine.dates("cer-contract-1896", null), "cer-contract-1896#purchase-36");
        assertEquals("1939-07-01", buy.date());
        assertTrue(buy.governs());
    }

    @Test
    void redemptionWithChineseCapitalRunsFromEntryIntoForceWhenNoTermIsStated() {
        TermDate peking = byProvision(engine.dates("cer-contract-1896", null), "peking-general-principles-1924#redemption-chinese-capital");
        assertEquals("1924-05-31", peking.date());
        assertNull(peking.years());
        assertTrue(peking.note().contains("no term stated"));
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
