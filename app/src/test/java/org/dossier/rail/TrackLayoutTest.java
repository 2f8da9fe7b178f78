package org.dossier.rail;

import static org.dossier.rail.RailFixtures.km;
import static org.dossier.rail.RailFixtures.line;
import static org.dossier.rail.RailFixtures.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Place;
import org.dossier.model.PlaceKind;
import org.dossier.model.Section;
import org.junit.jupiter.api.Test;

class TrackLayoutTest {
    static final Map<String, Place> PLACES = List.of(
            place("s0", "S0", 45.0, 120.0, PlaceKind.STATION),
            place("s1", "S1", 45.0, 121.0, PlaceKind.STATION),
            place("s2", "S2", 45.0, 123.0, PlaceKind.STATION),
            place("s3", "S3", 45.0, 124.0, PlaceKind.STATION),
            place("n", "No coordinates", null, null, PlaceKind.STATION))
        .stream().collect(Collectors.toMap(Place::id, Function.identity()));

    static Line straight(List<String> stations, List<Section> sections, Figure length) {
        return line("l", null, LineStatus.OPEN, stations, sections, length, null, null, List.of());
    }

    static List<Track> layOut(Line l, List<NetworkIssue> issues) {
        return TrackLayout.layOut(l, PLACES, DetourFactor.fixed(1.5), issues);
    }

    @Test
    void sectionsJoiningStationsFurtherApartFixPositionsAndTheGapsBetweenThemAreDerived() {
        List<NetworkIssue> issues = new ArrayList<>();
        Line l = straight(List.of("s0", "s1", "s2", "s3"),
            List.of(new Section("s0", "s2", km(150, "src-a")), new Section("s1", "s3", km(160, "src-b"))),
            km(200, "src-total"));
        List<Track> t = layOut(l, issues);
        assertEquals(List.of(40.0, 110.0, 50.0), t.stream().map(Track::km).toList());
        assertTrue(t.stream().allMatch(x -> x.basis() == LengthBasis.DERIVED), t.toString());
        assertTrue(t.get(0).length().note().contains("150 km") && t.get(0).length().source().contains("src-a"));
        assertTrue(issues.isEmpty(), issues.toString());
    }

    @Test
    void stationsInsideAKnownSpanShareItInProportionToGreatCircleDistances() {
        List<Track> t = layOut(straight(List.of("s0", "s1", "s2"), List.of(), km(90, "src")), new ArrayList<>());
        assertEquals(2, t.size());
        assertEquals(90, t.get(0).km() + t.get(1).km(), 1e-9);
        assertEquals(30, t.get(0).km(), 0.1, "s0–s1 is one degree of longitude of the three");
        assertTrue(t.get(0).isEstimated() && t.get(0).basis() == LengthBasis.ESTIMATED);
        assertTrue(t.get(0).length().note().contains("in proportion to great-circle"), t.get(0).length().note());
    }

    @Test
    void aStationWithoutCoordinatesInsideASpanLeavesTheSpanWholeAndItsOwnSectionsUnknown() {
        List<NetworkIssue> issues = new ArrayList<>();
        List<Track> t = layOut(straight(List.of("s0", "n", "s1"), List.of(), km(90, "src")), issues);
        assertEquals(90, t.get(0).km(), 1e-9);
        assertEquals("s0", t.get(0).from());
        assertEquals("s1", t.get(0).to());
        assertEquals(2, t.stream().filter(x -> x.basis() == LengthBasis.UNKNOWN).count());
        assertTrue(issues.get(0).message().contains("lack coordinates"), issues.toString());
    }

    @Test
    void disagreeingSourcesAreReportedAndTheLaterIgnored() {
        List<NetworkIssue> issues = new ArrayList<>();
        List<Track> t = layOut(straight(List.of("s0", "s1"), List.of(new Section("s0", "s1", km(100, "a"))),
            km(130, "b")), issues);
        assertEquals(100, t.get(0).km(), 1e-9);
        assertEquals(LengthBasis.SOURCED, t.get(0).basis());
        assertTrue(issues.get(0).message().contains("disagree") && issues.get(0).message().contains("130 km"), issues.toString());
    }

    @Test
    void aFigureInAnUnknownUnitIsReportedAndIgnored() {
        List<NetworkIssue> issues = new ArrayList<>();
        Figure li = new Figure(240.0, "li", null, "src", false, null);
        List<Track> t = layOut(straight(List.of("s0", "s1"), List.of(), li), issues);
        assertEquals(LengthBasis.ESTIMATED, t.get(0).basis());
        assertTrue(issues.get(0).message().contains("unknown length unit 'li'"), issues.toString());
    }

    @Test
    void aSectionThatIsNotOnTheLineIsReported() {
        List<NetworkIssue> issues = new ArrayList<>();
        layOut(straight(List.of("s0", "s1"), List.of(new Section("s0", "s3", km(5, "x"))), null), issues);
        assertTrue(issues.get(0).message().contains("does not join two different stations"), issues.toString());
    }

    @Test
    void withoutAStationListTheSectionsChainGivesTheStations() {
        Line l = straight(List.of(), List.of(new Section("s0", "s1", km(10, "x")), new Section("s1", "s2", km(20, "y"))),
            null);
        List<Track> t = layOut(l, new ArrayList<>());
        assertEquals(List.of("s0", "s1", "s2"), List.of(t.get(0).from(), t.get(0).to(), t.get(1).to()));
        assertEquals(30, t.get(0).km() + t.get(1).km(), 1e-9);
    }

    @Test
    void anEstimateFromCoordinatesUsesTheDetourFactorAndNamesIt() {
        Track t = layOut(straight(List.of("s0", "s1"), List.of(), null), new ArrayList<>()).get(0);
        double gc = GreatCircle.km(PLACES.get("s0").coordinates(), PLACES.get("s1").coordinates());
        assertEquals(gc * 1.5, t.km(), 1e-9);
        assertTrue(t.length().note().contains("1.50 given by the caller"), t.length().note());
        assertFalse(t.length().source().isEmpty());
    }

    @Test
    void aParentLineDoesNotRepeatASectionOneOfItsPartsRuns() {
        List<Line> lines = List.of(
            line("whole", null, LineStatus.OPEN, List.of("s0", "s1"), List.of(), km(10, "x"), null, null, List.of()),
            line("part", "whole", LineStatus.OPEN, List.of("s0", "s1"), List.of(), km(11, "y"), null, null, List.of()),
            line("own", "whole", LineStatus.OPEN, List.of("s1", "s2"), List.of(), km(20, "z"), null, null, List.of()));
        RailNetwork n = RailNetwork.of(RailFixtures.pkg(List.copyOf(PLACES.values()), lines), DetourFactor.straightLine());
        assertEquals(List.of("own", "part"), n.graph(false).edgeSet().stream().map(Track::line).sorted().toList());
        assertTrue(n.issues().stream().anyMatch(i -> i.line().equals("whole") && i.message().contains("part of it")));
    }

    @Test
    void detourIsCalibratedOnSourcedSpansAndFallsBackToTheStraightLineWithFewerThanThree() {
        assertEquals(1.0, DetourFactor.calibrated(List.of(1.3, 1.4)).value());
        assertEquals(1.3, DetourFactor.calibrated(List.of(1.2, 1.3, 1.9)).value(), 1e-9);
        assertEquals(1.0, DetourFactor.calibrated(List.of(0.8, 0.9, 0.95)).value());
        assertTrue(DetourFactor.calibrated(List.of(0.8, 0.9, 0.95)).basis().contains("below 1"));
    }
}
