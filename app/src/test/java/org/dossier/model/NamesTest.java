package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static Actor actor(String id, String name, String... aliases) {
        return new Actor(id, name, List.of(aliases), ActorKind.STATE, null, null, null, null, null, null, null, null, null);
    }

    private static final DossierPackage PKG = new DossierPackage(
        new Manifest("t", "t", null, null, null, null), List.of(),
        List.of(actor("japan", "Japan", "Tokyo"), actor("soviet-union", "Soviet Union", "U.S.S.R.", "Moscow"),
            actor("chang-tso-lin", "Chang Tso-lin")),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void resolvesIdsNamesAndAliasesIgnoringCaseAndPunctuation() {
        Names names = Names.of(PKG);
        assertEquals("japan", names.actor("JAPAN").id());
        assertEquals("japan", names.actor("tokyo").id());
        assertEquals("soviet-union", names.actor("u.s.s.r.").id());
        assertEquals("chang-tso-lin", names.actor("chang tso lin").id());
    }

    @Test
    void anItemWithoutAnIdIsFoundByItsNameAndBreaksNoLookup() {
        DossierPackage damaged = new DossierPackage(PKG.manifest(), List.of(),
            List.of(actor(null, "Kwantung Army"), actor("japan", "Japan")),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Names names = Names.of(damaged);
        assertEquals("Kwantung Army", names.actor("kwantung army").name());
        assertEquals("japan", names.actor("Japan").id());
    }

    @Test
    void unknownNameSuggestsTheNearestKnownNames() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> Names.of(PKG).actor("Japn"));
        assertTrue(e.suggestions().contains("Japan (japan)"), e.getMessage());
        assertTrue(e.getMessage().startsWith("unknown actor 'Japn'; did you mean"), e.getMessage());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Names.distance("harbin", "harbin"));
        assertEquals(1, Names.distance("harbin", "harbn"));
        assertEquals(3, Names.distance("kitten", "sitting"));
    }

    @Test
    void suggestionsNameEachItemOnceWithItsId() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> Names.of(PKG).actor("Japn"));
        assertEquals(List.of("Japan (japan)"), e.suggestions());
    }

    @Test
    void aWordOfANameIsEnoughForASuggestion() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> Names.of(PKG).actor("Chang"));
        assertTrue(e.suggestions().contains("Chang Tso-lin (chang-tso-lin)"), e.getMessage());
    }

    @Test
    void agreementsAreFoundWithoutTheirTrailingYearOrGloss() {
        Agreement mukden = agreement("mukden-agreement-1924", "Mukden agreement of 1924");
        Agreement kiakhta = agreement("kiakhta-railway-agreement-1914", "Kiakhta railway agreement (1914)");
        Agreement c1907 = agreement("c-1907", "Russo-Japanese convention of 1907");
        Agreement c1910 = agreement("c-1910", "Russo-Japanese convention of 1910");
        DossierPackage pkg = new DossierPackage(PKG.manifest(), List.of(), List.of(), List.of(), List.of(),
            List.of(mukden, kiakhta, c1907, c1910), List.of(), List.of(), List.of(), List.of(), List.of());
        Names names = Names.of(pkg);
        assertEquals("mukden-agreement-1924", names.agreement("mukden agreement").id());
        assertEquals("kiakhta-railway-agreement-1914", names.agreement("Kiakhta railway agreement").id());
        UnknownNameException ambiguous = assertThrows(UnknownNameException.class,
            () -> names.agreement("Russo-Japanese convention"));
        assertEquals(2, ambiguous.suggestions().size(), ambiguous.getMessage());
    }

    @Test
    void provisionKeysIgnoreCaseOnBothSides() {
        Provision art7 = new Provision("art7", "Article 7", ProvisionKind.PROHIBITION, List.of(), List.of(),
            ActionKind.TROOP_TRANSPORT, null, List.of(), List.of(), List.of(), null, List.of(), null, null);
        Agreement portsmouth = new Agreement("portsmouth-treaty-1905", "Treaty of Portsmouth", List.of(), null,
            List.of(), null, "1905", null, null, null, null, false, null, List.of(art7), List.of(), List.of(), null);
        DossierPackage pkg = new DossierPackage(PKG.manifest(), List.of(), List.of(), List.of(), List.of(),
            List.of(portsmouth), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(art7, Names.of(pkg).provision("PORTSMOUTH-TREATY-1905#ART7"));
        assertEquals(art7, Names.of(pkg).provision("treaty of portsmouth#art7"));
    }

    private static Agreement agreement(String id, String name) {
        return new Agreement(id, name, List.of(), null, List.of(), null, null, null, null, null, null, false, null,
            List.of(), List.of(), List.of(), null);
    }
}
