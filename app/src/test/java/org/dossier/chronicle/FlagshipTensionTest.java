package org.dossier.chronicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.AttributionKind;
import org.dossier.pkg.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Soviet-Japanese series of the flagship package against what the report narrates: "rising from
 * September 1931, acute in April 1932, easing in May and June 1932" (p. 141, 144, 145).
 */
class FlagshipTensionTest {
    private static final String[] DYAD = {"soviet-union", "japan"};
    private static final TensionOptions NARRATED = TensionOptions.standard()
        .between(LocalDate.of(1931, 1, 1), LocalDate.of(1932, 6, 30));
    private static GoldsteinTension tension;

    @BeforeAll
    static void load() {
        tension = GoldsteinTension.of(Dossier.loadBundled().pkg());
    }

    private static Map<String, Double> scores(TensionSeries s) {
        return s.series().stream().collect(Collectors.toMap(TensionSeries.Point::period, TensionSeries.Point::score));
    }

    private static String acute(TensionSeries s, String from) {
        return s.series().stream().filter(p -> p.period().compareTo(from) >= 0)
            .min(Comparator.comparingDouble(TensionSeries.Point::score)).orElseThrow().period();
    }

    @Test
    void risesFromSeptember1931AfterQuietMonths() {
        Map<String, Double> score = scores(tension.series(DYAD[0], DYAD[1], TensionPeriod.MONTH, NARRATED));
        assertTrue(score.get("1931-09") < 0, "September 1931: " + score.get("1931-09"));
        for (int m = 1; m <= 8; m++) {
            String month = String.format("1931-%02d", m);
            assertTrue(score.get(month) > score.get("1931-09"), month + " is not calmer than September 1931");
        }
        assertTrue(score.get("1932-03") < score.get("1931-11") && score.get("1931-11") < score.get("1931-09"),
            "the conflict does not deepen from autumn 1931 to spring 1932: " + score);
    }

    @Test
    void isAcuteInApril1932WhenAttributedEventsCount() {
        TensionSeries s = tension.series(DYAD[0], DYAD[1], TensionPeriod.MONTH, NARRATED);
        assertEquals("1932-04", acute(s, "1931-09"));
    }

    @Test
    void easesInMayAndJune1932BelowEveryMonthFromJanuaryToApril() {
        Map<String, Double> score = scores(tension.series(DYAD[0], DYAD[1], TensionPeriod.MONTH, NARRATED));
        for (String winter : List.of("1932-01", "1932-02", "1932-03", "1932-04")) {
            assertTrue(score.get("1932-05") > score.get(winter), "May 1932 is not calmer than " + winter);
            assertTrue(score.get("1932-06") > score.get(winter), "June 1932 is not calmer than " + winter);
        }
        assertTrue(score.get("1932-06") > score.get("1932-05"));
    }

    /** The coding decision, kept visible: April's acts were by proxies or attributed; direct exchanges peak in March. */
    @Test
    void directEventsAlonePeakInMarchBecauseAprilsActsWereByProxiesOrAttributedInstigators() {
        TensionSeries direct = tension.series(DYAD[0], DYAD[1], TensionPeriod.MONTH, NARRATED.withAttributed(false));
        assertEquals("1932-03", acute(direct, "1931-09"));
        assertTrue(direct.attributedLeftOut().contains("troop-train-wreck-1932-04-12"));
        assertTrue(direct.attributedLeftOut().contains("harbin-police-raid-cer-1932-04"));
    }

    @Test
    void theAprilPointListsItsEventsWithWhoAttributesEach() {
        TensionSeries.Point april = tension.series(DYAD[0], DYAD[1], TensionPeriod.MONTH, NARRATED).series().stream()
            .filter(p -> p.period().equals("1932-04")).findFirst().orElseThrow();
        assertEquals(april.score(), april.events().stream().mapToDouble(TensionSeries.Scored::goldstein).sum(), 1e-6);
        assertEquals(april.score(), april.direct() + april.attributed(), 1e-6);
        TensionSeries.Scored wreck = april.events().stream().filter(e -> e.id().equals("troop-train-wreck-1932-04-12"))
            .findFirst().orElseThrow();
        assertEquals("soviet-union", wreck.via().get(0).actor());
        assertEquals(AttributionKind.INSTIGATED_BY, wreck.via().get(0).kind());
        assertEquals("japan", wreck.via().get(0).claimedBy());
        assertTrue(april.events().stream().anyMatch(e -> e.id().equals("araki-threatens-north-manchuria-1932-04-29")));
        assertTrue(april.events().stream().allMatch(e -> e.anchor() != null));
        assertTrue(april.events().stream().flatMap(e -> e.via().stream()).allMatch(v -> v.anchor() != null));
    }

    @Test
    void boundsGiveOnePointPerMonthFromSeptember1931ToJune1932() {
        TensionSeries s = tension.series(DYAD[0], DYAD[1], TensionPeriod.MONTH,
            TensionOptions.standard().between(LocalDate.of(1931, 9, 1), LocalDate.of(1932, 6, 30)));
        assertEquals(10, s.series().size());
        assertEquals("1931-09", s.series().get(0).period());
        assertEquals("1932-06", s.series().get(9).period());
        assertFalse(s.imprecise().stream().anyMatch(e -> e.id().equals("st-petersburg-treaty-1881")));
    }
}
