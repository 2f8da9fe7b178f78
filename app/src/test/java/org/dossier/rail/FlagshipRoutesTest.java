package org.dossier.rail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Control;
import org.dossier.model.DossierPackage;
import org.dossier.model.Line;
import org.dossier.model.Section;
import org.dossier.pkg.BundledItems;
import org.dossier.time.Edtf;
import org.junit.jupiter.api.Test;

/**
 * The report's own cases on the flagship package's railways. Expected lengths are recomputed from the
 * package's figures, so the tests follow corrections of the data but not mistakes in routing.
 */
class FlagshipRoutesTest {
    static final DossierPackage PKG = BundledItems.read();
    static final RailNetwork NET = RailNetwork.of(PKG);
    static final Router ROUTER = new DijkstraRouter(NET);
    static final Ports PORTS = new Ports(NET, ROUTER);

    static Route route(String from, String to, RouteOptions o) {
        return ROUTER.findRoute(NET.station(from), NET.station(to), o).orElseThrow(() -> new AssertionError(
            "no route " + from + "–" + to + ": " + NoRoute.explain(NET, NET.station(from), NET.station(to), o)));
    }

    static double sectionKm(String line, String from, String to) {
        Line l = NET.findLine(line).orElseThrow();
        return l.sections().stream().filter(s -> s.from().equals(from) && s.to().equals(to)).map(Section::km)
            .findFirst().orElseThrow().value();
    }

    static Map<String, Certainty> controllers(Leg leg) {
        return leg.controlledBy().stream().collect(Collectors.toMap(c -> c.controller() + "/" + c.kind(),
            ControlClaim::certainty, (a, b) -> a));
    }

    @Test
    void harbinToImienpoIsOneSourcedSectionOfTheEasternLineUnderJointManagementOnTheDayOfTheRequest() {
        Route r = route("Harbin", "Imienpo", RouteOptions.on(Edtf.parse("1932-02-27")));
        assertEquals(List.of("harbin", "imienpo"), r.path());
        assertEquals(sectionKm("cer-east", "harbin", "imienpo"), r.km(), 1e-9);
        assertFalse(r.estimated());
        assertEquals(List.of("cer-east", "cer"), r.lines(NET));
        Map<String, Certainty> c = controllers(r.legs().get(0));
        assertEquals(Certainty.CERTAIN, c.get("soviet-union/JOINT_MANAGEMENT"));
        assertFalse(c.containsKey("manchoukuo/JOINT_MANAGEMENT"), "Manchoukuo was proclaimed on 1 March 1932");
        assertFalse(c.containsKey("manchoukuo/MILITARY_CONTROL"), c.toString());
    }

    @Test
    void changchunToHarbinInJanuary1932LeavesTheSouthManchuriaRailwaysTakeoverIndeterminate() {
        Route jan = route("Changchun", "Harbin", RouteOptions.on(Edtf.parse("1932-01")));
        assertEquals(sectionKm("cer-south", "harbin", "changchun"), jan.km(), 1e-9);
        assertEquals(Certainty.INDETERMINATE, controllers(jan.legs().get(0)).get("south-manchuria-railway/SEIZED"),
            "reported taken over on 30 January: a date in January may or may not fall after it");
        Route feb = route("Kuanchengtze", "Harbin", RouteOptions.on(Edtf.parse("1932-02-27")));
        assertEquals(Certainty.REPORTED, controllers(feb.legs().get(0)).get("south-manchuria-railway/SEIZED"),
            "the takeover is known only as a report: after 30 January it held if the report was true");
        assertEquals("unattributed-reports", feb.legs().get(0).controlledBy().stream()
            .filter(c -> c.controller().equals("south-manchuria-railway")).findFirst().orElseThrow().claimedBy());
    }

    @Test
    void everyControlTheReportGivesAsReportedIsMarkedSoAndNoneOfItsOwnStatementsIs() {
        for (Line l : PKG.lines()) {
            for (Control c : l.control()) {
                String quote = c.anchor() == null ? "" : c.anchor().exact();
                boolean reportedInText = quote.contains("it was reported") || quote.contains("according to");
                assertEquals(reportedInText, c.claimedBy() != null, l.id() + ": " + c.controller() + " " + c.period());
            }
        }
    }

    @Test
    void manchouliToPogranichnayaRunsTheWholeMainLineThroughHarbinWithoutGaugeBreak() {
        Route r = route("Manchouli", "Pogranichnaya", RouteOptions.open());
        assertEquals("manchouli", r.path().get(0));
        assertTrue(r.path().contains("harbin"));
        assertEquals(List.of("cer-west", "cer", "cer-east"), r.lines(NET));
        assertTrue(r.gaugeBreaks().isEmpty());
        double west = NET.findLine("cer-west").orElseThrow().lengthKm().value();
        double east = NET.findLine("cer-east").orElseThrow().sections().stream().mapToDouble(s -> s.km().value()).sum();
        assertEquals(west + east, r.km(), 1e-6);
        assertEquals(r.legs().stream().mapToDouble(Leg::km).sum(), r.km(), 1e-9);
    }

    @Test
    void harbinToDairenBreaksGaugeAtChangchunFromRussianToStandard() {
        Route r = route("Harbin", "Dairen", RouteOptions.open());
        assertEquals(List.of(new GaugeBreak("changchun", "cer-south", 1524, "south-manchuria-railway-line", 1435)),
            r.gaugeBreaks());
        double expected = sectionKm("cer-south", "harbin", "changchun")
            + NET.findLine("south-manchuria-railway-line").orElseThrow().lengthKm().value();
        assertEquals(expected, r.km(), 1e-6);
    }

    @Test
    void seishinIsReachedFromNorthManchuriaOnlyOverTheProjectedTunhuaHuiningExtension() {
        for (String from : List.of("Harbin", "Kirin", "Tunhua")) {
            PortReach seishin = reach(from, "seishin");
            assertEquals(null, seishin.open(), from + ": no open line reaches the Korean line at Huining in 1932");
            Route projected = seishin.withProjected();
            assertTrue(projected.lines(NET).contains("tunhua-huining"), projected.lines(NET).toString());
            assertTrue(projected.estimated(), "the extension's length is estimated from coordinates");
        }
    }

    @Test
    void projectedLinesShortenTheWayFromTunhuaToVladivostokButNotToDairen() {
        PortReach vlad = reach("Tunhua", "vladivostok");
        assertTrue(vlad.changeKm().orElseThrow() < 0, vlad.toString());
        assertTrue(vlad.withProjected().usesProjected());
        PortReach dairen = reach("Tunhua", "dairen");
        assertEquals(0.0, dairen.changeKm().orElseThrow(), 1e-9);
    }

    @Test
    void theTunhuaHuiningExtensionAloneOpensSeishinButLeavesVladivostokAsItWas() {
        RouteOptions extension = RouteOptions.open().withProjectedLines(java.util.Set.of("tunhua-huining"));
        PortReach seishin = PORTS.from(NET.station("Tunhua"), List.of("seishin"), extension).get(0);
        assertEquals(List.of("kirin-tunhua", "tunhua-huining", "korean-north-line"),
            ROUTER.findRoute("kirin", "seishin", extension).orElseThrow().lines(NET));
        assertTrue(seishin.withProjected() != null && seishin.open() == null);
        PortReach vlad = PORTS.from(NET.station("Tunhua"), List.of("vladivostok"), extension).get(0);
        assertEquals(0.0, vlad.changeKm().orElseThrow(), 1e-9, "without Yenki–Hailin the extension is no shortcut east");
    }

    @Test
    void tsitsiharHasAWayOfUnknownLengthAndTheAnswerNamesWhatThePackageLacks() {
        String tsitsihar = NET.station("Tsitsihar");
        assertTrue(ROUTER.findRoute(tsitsihar, "vladivostok", RouteOptions.open()).isEmpty());
        NoRoute why = NoRoute.explain(NET, tsitsihar, "vladivostok", RouteOptions.open());
        assertEquals(List.of("angangchi", "sungari-bridge"), why.unknownSections().stream()
            .flatMap(t -> Stream.of(t.from(), t.to())).sorted().toList(), why.toString());
        assertTrue(why.missingCoordinates().contains("angangchi"), why.toString());
        assertEquals(List.of("tsitsihar", "angangchi", "sungari-bridge", "harbin"), why.way().subList(0, 4));
        assertEquals("vladivostok", why.way().get(why.way().size() - 1));
        assertEquals(why.tracks().size(), why.way().size() - 1);
        assertEquals(why.tracks().stream().filter(t -> t.basis() != LengthBasis.UNKNOWN).mapToDouble(Track::km).sum(),
            why.knownKm(), 1e-9);
        assertTrue(why.reason().startsWith("no route length can be given"), why.reason());
    }

    @Test
    void theTsitsiharLightRailwayHasItsSourcedLength() {
        Route r = route("Tsitsihar", "Angangchi", RouteOptions.open());
        assertEquals(25.9, r.km(), 1e-9);
        assertEquals(LengthBasis.SOURCED, r.legs().get(0).track().basis());
    }

    @Test
    void disagreeingSourcesAreReportedNotHidden() {
        assertTrue(NET.issues().stream().anyMatch(i -> "cer-east".equals(i.line()) && i.message().contains("disagree")),
            NET.issues().toString());
    }

    private static PortReach reach(String from, String port) {
        List<PortReach> all = PORTS.from(NET.station(from), List.of(port), RouteOptions.open().withProjected(true));
        return Optional.of(all.get(0)).orElseThrow();
    }
}
