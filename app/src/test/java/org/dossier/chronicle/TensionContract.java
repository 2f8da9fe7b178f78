package org.dossier.chronicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Anchor;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Manifest;
import org.junit.jupiter.api.Test;

/** What every {@link Tension} must show for the Soviet Union and Japan as the report narrates. */
abstract class TensionContract {

    abstract Tension tension(DossierPackage pkg);

    private static Actor actor(String id, String partOf) {
        return new Actor(id, id, List.of(), ActorKind.STATE, null, partOf, null, null, List.of(), null, List.of(), null, null);
    }

    private static Event event(String id, String date, String actor, String target, double goldstein) {
        return new Event(id, date, List.of(actor), target == null ? List.of() : List.of(target), id, null, goldstein, null,
            List.of(), List.of(), List.of(), null, List.of(), List.of(), new Anchor(id, null, null, 141), null);
    }

    static DossierPackage pkg() {
        List<Actor> actors = List.of(actor("soviet-union", null), actor("japan", null), actor("china", null),
            actor("karakhan", "soviet-union"), actor("hirota", "japan"), actor("izvestia", "soviet-union"));
        List<Event> events = List.of(
            event("fishery-convention", "1928-01-25", "soviet-union", "japan", 8),
            event("occupation", "1931-09-18", "japan", "china", -9),
            event("consul-protests", "1931-09-23", "soviet-union", "japan", -2),
            event("hirota-warns", "1931-10-29", "hirota", "karakhan", -3),
            event("litvinov-protests", "1931-11-14", "soviet-union", "japan", -4),
            event("izvestia-denounces", "1932-04-15", "izvestia", "japan", -4),
            event("tokyo-accuses", "1932-04-18", "japan", "soviet-union", -5),
            event("araki-threatens", "1932-04-29", "japan", "soviet-union", -7),
            event("lease-prolonged", "1932-05-04", "soviet-union", "japan", 4),
            event("saito-reassures", "1932-06-02", "japan", "soviet-union", 3.4),
            event("troops-spring", "1932-03-21/1932-06-21", "japan", "soviet-union", -9.5));
        return new DossierPackage(new Manifest("t", "t", null, null, null, null), List.of(), actors, List.of(), List.of(),
            List.of(), List.of(), events, List.of(), List.of(), List.of());
    }

    private final Tension engine = tension(pkg());

    @Test
    void risesFromSeptember1931IsAcuteInApril1932AndEasesInMayAndJune() {
        TensionSeries s = engine.series("soviet-union", "japan", TensionPeriod.MONTH);
        Map<String, Double> score = s.series().stream().collect(Collectors.toMap(TensionSeries.Point::period, TensionSeries.Point::score));
        assertTrue(score.get("1931-09") < 0);
        String acute = s.series().stream().min(Comparator.comparingDouble(TensionSeries.Point::score)).orElseThrow().period();
        assertEquals("1932-04", acute);
        assertTrue(score.get("1932-05") > score.get("1932-04") && score.get("1932-06") > 0);
    }

    @Test
    void eachPointListsTheEventsBehindIt() {
        TensionSeries.Point april = engine.series("soviet-union", "japan", TensionPeriod.MONTH).series().stream()
            .filter(p -> p.period().equals("1932-04")).findFirst().orElseThrow();
        assertEquals(List.of("izvestia-denounces", "tokyo-accuses", "araki-threatens"),
            april.events().stream().map(TensionSeries.Scored::id).toList());
        assertEquals(-16.0, april.score(), 1e-9);
    }

    @Test
    void envoysAndOrgansActForTheirStateAndOtherPairsAreLeftOut() {
        List<String> ids = engine.series("japan", "soviet-union", TensionPeriod.MONTH).series().stream()
            .flatMap(p -> p.events().stream()).map(TensionSeries.Scored::id).toList();
        assertTrue(ids.contains("hirota-warns"));
        assertTrue(!ids.contains("occupation"));
    }

    @Test
    void emptyPeriodsBetweenEventsScoreZeroSoTheSeriesIsContinuous() {
        TensionSeries s = engine.series("soviet-union", "japan", TensionPeriod.MONTH);
        assertEquals("1928-01", s.series().get(0).period());
        assertEquals("1932-06", s.series().get(s.series().size() - 1).period());
        assertEquals(54, s.series().size());
    }

    @Test
    void eventsTooVagueForOnePeriodAreListedApartNotGuessed() {
        TensionSeries s = engine.series("soviet-union", "japan", TensionPeriod.MONTH);
        assertEquals(List.of("troops-spring"), s.imprecise().stream().map(TensionSeries.Scored::id).toList());
    }

    @Test
    void weeklyAndDailyPeriodsAreLabelledByIsoWeekAndDay() {
        assertTrue(engine.series("soviet-union", "japan", TensionPeriod.WEEK).series().stream()
            .anyMatch(p -> p.period().equals("1932-W16") && p.events().stream().map(TensionSeries.Scored::id).toList().equals(List.of("tokyo-accuses"))));
        assertEquals("1928-01-25", engine.series("soviet-union", "japan", TensionPeriod.DAY).series().get(0).period());
    }
}
