package org.dossier.rail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.time.Edtf;
import org.junit.jupiter.api.Test;

/** What every {@link Router} must do, on the fixed network of {@link RailFixtures}. */
abstract class RouterContract {
    static final double EPS = 1e-6;
    /** One degree of latitude on the mean-radius sphere, times the fixture's detour factor 1.25. */
    static final double A_TO_D = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_KM * 1.25;
    static final double FIFTY_MILES = 50 * 1.609344;

    final RailNetwork network = RailFixtures.network();

    abstract Router router(RailNetwork network);

    Route route(String from, String to, RouteOptions options) {
        return router(network).findRoute(from, to, options).orElseThrow();
    }

    @Test
    void routeTakesSourcedAndDerivedLengthsAlongOneLine() {
        Route r = route("a", "c", RouteOptions.open());
        assertEquals(200, r.km(), EPS);
        assertEquals(List.of("a", "b", "c"), r.path());
        assertEquals(LengthBasis.SOURCED, r.legs().get(0).track().basis());
        assertEquals(90, r.legs().get(0).km(), EPS);
        assertEquals(LengthBasis.DERIVED, r.legs().get(1).track().basis());
        assertEquals(110, r.legs().get(1).km(), EPS);
        assertFalse(r.legs().get(0).track().isEstimated());
        assertTrue(r.legs().get(1).track().isEstimated(), "no source states b–c: derived figures are marked estimated");
        assertTrue(r.estimated());
        assertTrue(r.legs().get(1).track().length().note().contains("derived"));
    }

    @Test
    void unmeasuredSectionIsEstimatedFromCoordinatesAndSaysHow() {
        Route r = route("a", "d", RouteOptions.open());
        assertEquals(A_TO_D, r.km(), 1e-3);
        assertTrue(r.estimated());
        Track t = r.legs().get(0).track();
        assertTrue(t.length().estimated());
        assertTrue(t.length().note().contains("great-circle"), t.length().note());
        assertTrue(t.length().note().contains("1.25"), t.length().note());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("estimated")), r.notes().toString());
    }

    @Test
    void gaugeBreakIsReportedWhereTheGaugeChanges() {
        Route r = route("d", "b", RouteOptions.open());
        assertEquals(List.of("d", "a", "b"), r.path());
        assertEquals(List.of(new GaugeBreak("a", "south", 1435, "east", 1524)), r.gaugeBreaks());
        assertTrue(route("a", "c", RouteOptions.open()).gaugeBreaks().isEmpty());
    }

    @Test
    void milesAreConvertedToKilometresAndSaySo() {
        Route r = route("c", "p", RouteOptions.open());
        assertEquals(FIFTY_MILES, r.km(), EPS);
        assertEquals(LengthBasis.SOURCED, r.legs().get(0).track().basis());
        assertTrue(r.legs().get(0).track().length().note().contains("50 miles"));
        assertEquals(146, r.legs().get(0).track().length().anchor().page());
    }

    @Test
    void projectedLinesAreUsedOnlyWhenAskedFor() {
        Route open = route("d", "p", RouteOptions.open());
        assertEquals(A_TO_D + 200 + FIFTY_MILES, open.km(), 1e-3);
        assertFalse(open.usesProjected());
        Route projected = route("d", "p", RouteOptions.open().withProjected(true));
        assertEquals(A_TO_D + 20, projected.km(), 1e-3);
        assertEquals(List.of("south", "trunk", "proj2"), projected.lines(network));
        assertTrue(projected.usesProjected());
    }

    @Test
    void onlyTheProjectedLinesNamedAreUsedWhenSomeAreNamed() {
        Route proj = route("d", "p", RouteOptions.open().withProjectedLines(java.util.Set.of("proj")));
        assertEquals(100 * 1.609344, proj.km(), EPS);
        assertTrue(proj.notes().stream().anyMatch(n -> n.contains("only proj may be used")), proj.notes().toString());
        Route proj2 = route("d", "p", RouteOptions.open().withProjectedLines(java.util.Set.of("proj2")));
        assertEquals(A_TO_D + 20, proj2.km(), 1e-3);
    }

    @Test
    void sectionsOfUnknownLengthAreNeverRoutedOverAndAreNamed() {
        assertTrue(router(network).findRoute("c", "e", RouteOptions.open()).isEmpty());
        assertEquals(1, network.unknownTracks().size());
        assertTrue(network.issues().stream().anyMatch(i -> i.line().equals("spur") && i.message().contains("unknown")));
        Route r = route("a", "c", RouteOptions.open());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("c–e") && n.contains("no known length")), r.notes().toString());
    }

    @Test
    void disconnectedStationsHaveNoRoute() {
        assertTrue(router(network).findRoute("q", "a", RouteOptions.open()).isEmpty());
    }

    @Test
    void routeToItselfIsEmptyAndZeroLong() {
        Route r = route("b", "b", RouteOptions.open());
        assertEquals(0, r.km(), EPS);
        assertEquals(List.of("b"), r.path());
        assertTrue(r.legs().isEmpty());
    }

    @Test
    void controlOnADateFollowsPeriodsStretchesAndGroups() {
        Route r = route("d", "c", RouteOptions.on(Edtf.parse("1932-01-01")));
        Leg south = r.legs().get(0);
        Leg ab = r.legs().get(1);
        Leg bc = r.legs().get(2);
        assertEquals(List.of("gamma"), controllers(south));
        assertEquals(List.of("gamma", "alpha"), controllers(ab));
        assertEquals(List.of("gamma", "alpha"), controllers(bc));
        assertTrue(ab.controlledBy().stream().allMatch(c -> c.certainty() == Certainty.CERTAIN));
        assertEquals("trunk", south.controlledBy().get(0).line());
    }

    @Test
    void controlIsIndeterminateWhenTheDateMayOrMayNotFallInThePeriod() {
        Leg ab = route("a", "b", RouteOptions.on(Edtf.parse("1932-02-15"))).legs().get(0);
        ControlClaim beta = ab.controlledBy().stream().filter(c -> c.controller().equals("beta")).findFirst().orElseThrow();
        assertEquals(Certainty.INDETERMINATE, beta.certainty());
        Leg later = route("a", "b", RouteOptions.on(Edtf.parse("1933"))).legs().get(0);
        assertTrue(later.controlledBy().stream().anyMatch(c -> c.controller().equals("beta")
            && c.certainty() == Certainty.CERTAIN));
        Leg bc = route("b", "c", RouteOptions.on(Edtf.parse("1933"))).legs().get(0);
        assertFalse(controllers(bc).contains("beta"), "beta's stretch is a–b only");
    }

    @Test
    void withoutADateEveryControlRecordIsListedUndated() {
        Leg ab = route("a", "b", RouteOptions.open()).legs().get(0);
        assertEquals(List.of("gamma", "alpha", "beta"), controllers(ab));
        assertTrue(ab.controlledBy().stream().allMatch(c -> c.certainty() == Certainty.UNDATED));
    }

    @Test
    void linesNotYetOpenOnTheDateAreLeftOutAndSaid() {
        assertTrue(router(network).findRoute("a", "d", RouteOptions.on(Edtf.parse("1905"))).isEmpty());
        Route r = route("a", "c", RouteOptions.on(Edtf.parse("1905")));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("not yet opened") && n.contains("south")), r.notes().toString());
        Route maybe = route("a", "d", RouteOptions.on(Edtf.parse("1910")));
        assertTrue(maybe.notes().stream().anyMatch(n -> n.contains("may not yet have been open")), maybe.notes().toString());
    }

    @Test
    void routeListsItsLinesWithTheGroupsTheyBelongTo() {
        assertEquals(List.of("south", "trunk", "east"), route("d", "c", RouteOptions.open()).lines(network));
    }

    @Test
    void anIdThatIsNoStationIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> router(network).findRoute("x", "a", RouteOptions.open()));
    }

    private static List<String> controllers(Leg leg) {
        return leg.controlledBy().stream().map(ControlClaim::controller).toList();
    }
}
