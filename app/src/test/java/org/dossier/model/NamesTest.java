package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static Actor actor(String id, String name, String... aliases) {
        return new Actor(id, name, List.of(aliases), ActorKind.STATE, null, null, null, null, null, null, null, null);
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
    void unknownNameSuggestsTheNearestKnownNames() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> Names.of(PKG).actor("Japn"));
        assertTrue(e.suggestions().contains("Japan") || e.suggestions().contains("japan"), e.getMessage());
        assertTrue(e.getMessage().startsWith("unknown actor 'Japn'; did you mean"), e.getMessage());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Names.distance("harbin", "harbin"));
        assertEquals(1, Names.distance("harbin", "harbn"));
        assertEquals(3, Names.distance("kitten", "sitting"));
    }
}
