package org.dossier.chronicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Anchor;
import org.dossier.model.Attribution;
import org.dossier.model.AttributionKind;
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

    private static Event attributed(String id, String date, String actor, String target, double goldstein, Attribution... via) {
        Event e = event(id, date, actor, target, goldstein);
        return new Event(e.id(), e.date(), e.actors(), e.targets(), e.action(), e.cameo(), e.goldstein(), e.place(),
            e.places(), e.provisions(), e.agreements(), e.claimedBy(), e.sources(), e.footnotes(), e.anchor(), e.note(),
            List.of(via));
    }

    private static Attribution via(String actor, AttributionKind kind, String claimedBy) {
        return new Attribution(actor, kind, claimedBy, new Anchor(actor + " " + kind, null, null, 146), null);
    }

    static DossierPackage pkg() {
        List<Actor> actors = List.of(actor("soviet-union", null), actor("japan", null), actor("china", null),
            actor("karakhan", "soviet-union"), actor("hirota", "japan"), actor("izvestia", "soviet-union"),
            actor("city-police", null), actor("bandits", null), actor("observers", null));
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
            event("troops-spring", "1932-03-21/1932-06-21", "japan", "soviet-union", -9.5),
            attributed("wreck", "1932-04-12", "bandits", "japan", -9, via("soviet-union", AttributionKind.INSTIGATED_BY, "japan")),
            attributed("arrests", "1932-04-20", "city-police", "soviet-union", -5,
                via("japan", AttributionKind.ON_BEHALF_OF, "observers")),
            attributed("consul-protests-police", "1932-04-28", "soviet-union", "city-police", -2,
                via("japan", AttributionKind.AIMED_AT, "observers")),
            attributed("police-and-china", "1932-04-21", "city-police", "china", -5,
                via("japan", AttributionKind.ON_BEHALF_OF, "observers")));
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

    private static TensionSeries.Point point(TensionSeries s, String period) {
        return s.series().stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
    }

    private static final TensionOptions DIRECT_ONLY = TensionOptions.standard().withAttributed(false);

    @Test
    void eachPointListsTheEventsBehindIt() {
        TensionSeries.Point april = point(engine.series("soviet-union", "japan", TensionPeriod.MONTH, DIRECT_ONLY), "1932-04");
        assertEquals(List.of("izvestia-denounces", "tokyo-accuses", "araki-threatens"),
            april.events().stream().map(TensionSeries.Scored::id).toList());
        assertEquals(-16.0, april.score(), 1e-9);
    }

    @Test
    void eventsTiedToThePairByAnInstigatorAProxyOrTheirAimCountApartAndNameWhoSaysSo() {
        TensionSeries s = engine.series("soviet-union", "japan", TensionPeriod.MONTH);
        TensionSeries.Point april = point(s, "1932-04");
        assertEquals(-16.0, april.direct(), 1e-9);
        assertEquals(-16.0, april.attributed(), 1e-9);
        assertEquals(-32.0, april.score(), 1e-9);
        TensionSeries.Scored wreck = april.events().stream().filter(e -> e.id().equals("wreck")).findFirst().orElseThrow();
        assertEquals(List.of(new TensionSeries.Via("soviet-union", AttributionKind.INSTIGATED_BY, "actor", "japan",
            new Anchor("soviet-union INSTIGATED_BY", null, null, 146))), wreck.via());
        TensionSeries.Scored protest = april.events().stream().filter(e -> e.id().equals("consul-protests-police")).findFirst().orElseThrow();
        assertEquals("target", protest.via().get(0).side());
        assertTrue(april.events().stream().noneMatch(e -> e.id().equals("police-and-china")), "a proxy's act against a third party is not the pair's");
        assertTrue(april.events().stream().filter(e -> !e.attributed()).allMatch(e -> e.via().isEmpty()));
    }

    @Test
    void attributedEventsCanBeLeftOutAndAreThenNamed() {
        TensionSeries s = engine.series("soviet-union", "japan", TensionPeriod.MONTH, DIRECT_ONLY);
        assertEquals(List.of("wreck", "arrests", "consul-protests-police"), s.attributedLeftOut());
        assertTrue(s.series().stream().allMatch(p -> p.attributed() == 0 && p.score() == p.direct()));
    }

    @Test
    void boundsCutTheSeriesAndKeepEmptyPeriodsAtTheEdges() {
        TensionOptions o = TensionOptions.standard().between(LocalDate.of(1931, 8, 1), LocalDate.of(1932, 7, 31));
        TensionSeries s = engine.series("soviet-union", "japan", TensionPeriod.MONTH, o);
        assertEquals("1931-08", s.series().get(0).period());
        assertEquals(0.0, s.series().get(0).score());
        assertEquals("1932-07", s.series().get(s.series().size() - 1).period());
        assertTrue(s.series().stream().flatMap(p -> p.events().stream()).noneMatch(e -> e.id().equals("fishery-convention")));
        assertEquals("1931-08-01", s.from());
        assertEquals(List.of("troops-spring"), s.imprecise().stream().map(TensionSeries.Scored::id).toList());
        TensionSeries before = engine.series("soviet-union", "japan", TensionPeriod.MONTH,
            TensionOptions.standard().between(null, LocalDate.of(1931, 12, 31)));
        assertTrue(before.imprecise().isEmpty(), "an event surely after the bounds is not listed");
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
        assertTrue(engine.series("soviet-union", "japan", TensionPeriod.WEEK, DIRECT_ONLY).series().stream()
            .anyMatch(p -> p.period().equals("1932-W16") && p.events().stream().map(TensionSeries.Scored::id).toList().equals(List.of("tokyo-accuses"))));
        assertEquals("1928-01-25", engine.series("soviet-union", "japan", TensionPeriod.DAY).series().get(0).period());
    }
}
