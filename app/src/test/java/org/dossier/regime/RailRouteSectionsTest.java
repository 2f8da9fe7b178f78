package org.dossier.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Control;
import org.dossier.pkg.BundledItems;
import org.dossier.rail.Rail;
import org.junit.jupiter.api.Test;

/** The shortest route in km answers the regime's question: which lines, and who held them, on the date. */
class RailRouteSectionsTest {
    static final RouteSections ROUTES = new RailRouteSections(Rail.of(BundledItems.read()));

    @Test
    void harbinToImienpoOnTheDayOfTheRequestIsOneLegOfTheEasternLineUnderJointManagement() {
        List<RouteLeg> legs = ROUTES.legs("harbin", "imienpo", "1932-02-27").orElseThrow();
        assertEquals(1, legs.size());
        assertEquals("cer-east", legs.get(0).line());
        assertEquals(List.of("harbin", "imienpo"), legs.get(0).stations());
        assertTrue(legs.get(0).controlledBy().stream().map(Control::controller).toList().contains("soviet-union"));
        assertTrue(legs.get(0).controlledBy().stream().noneMatch(c -> c.controller().equals("manchoukuo")),
            "Manchoukuo was proclaimed on 1 March 1932");
    }

    @Test
    void harbinToDairenJoinsSectionsOfOneLineIntoOneLeg() {
        List<RouteLeg> legs = ROUTES.legs("harbin", "dairen", null).orElseThrow();
        assertEquals(List.of("cer-south", "south-manchuria-railway-line"), legs.stream().map(RouteLeg::line).toList());
        assertEquals("changchun", legs.get(1).from());
        assertEquals("dairen", legs.get(1).to());
        assertTrue(legs.get(1).stations().size() >= 2);
    }

    @Test
    void noRouteAndUnknownPlacesGiveEmpty() {
        assertTrue(ROUTES.legs("harbin", "peking", "1932").isEmpty());
        assertTrue(ROUTES.legs("harbin", "harbin", "1932").isEmpty());
    }
}
