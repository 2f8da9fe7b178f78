package org.dossier.rail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.UnknownNameException;
import org.dossier.time.Edtf;
import org.junit.jupiter.api.Test;

/** The facade answers by name, as the regime's reasoning asks it. */
class RailTest {
    final Rail rail = Rail.of(RailFixtures.network());

    @Test
    void routesByNamesAndAliasesInAnyCase() {
        Route r = rail.route("ALFA", "gamma", RouteOptions.on(Edtf.parse("1933"))).orElseThrow();
        assertEquals(List.of("a", "b", "c"), r.path());
        assertEquals(List.of("east", "trunk"), r.lines(rail.network()));
        assertTrue(r.legs().get(0).controlledBy().stream().anyMatch(c -> c.controller().equals("beta")));
    }

    @Test
    void unknownNamesSuggestTheNearestAndPlacesOffTheNetworkAreSaidToBe() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
            () -> rail.route("Gama", "Beta", RouteOptions.open()));
        assertTrue(e.suggestions().contains("Gamma (c)"), e.getMessage());
        assertThrows(NotOnNetworkException.class, () -> rail.route("Xi (no line)", "Beta", RouteOptions.open()));
    }

    @Test
    void portsAreThePlacesOfKindPortNearestFirst() {
        List<PortReach> ports = rail.ports("Beta", RouteOptions.open());
        assertEquals(List.of("p", "q"), ports.stream().map(PortReach::port).toList());
        assertTrue(ports.get(1).best().isEmpty(), "Port Qu lies on no line joined to Beta");
        assertTrue(rail.whyNoRoute("Beta", "Port Qu", RouteOptions.open()).reason().contains("no tracks join"));
    }

    @Test
    void smallNetworksAreSearchedAfreshLargeOnesContracted() {
        assertInstanceOf(DijkstraRouter.class, rail.router());
        RailNetwork large = RailNetwork.of(SyntheticNetwork.of(8, Rail.CONTRACT_ABOVE + 1, 1));
        assertInstanceOf(ContractedRouter.class, Rail.of(large).router());
    }
}
