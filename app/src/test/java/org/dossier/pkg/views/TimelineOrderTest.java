package org.dossier.pkg.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.pkg.Dossier;
import org.junit.jupiter.api.Test;

class TimelineOrderTest {
    private static String key(TimelineEvent e) {
        return e.earliest() != null ? e.earliest() : e.latest();
    }

    @Test
    void flagshipEventsKnownOnlyAsByADayStandWhereTheirDayFalls() {
        List<TimelineEvent> events = Timeline.of(Dossier.loadBundled(), TimelineQuery.all());
        for (int i = 1; i < events.size(); i++) {
            String before = key(events.get(i - 1));
            String after = key(events.get(i));
            assertTrue(before == null || after == null || before.compareTo(after) <= 0,
                events.get(i - 1).id() + " (" + before + ") before " + events.get(i).id() + " (" + after + ")");
        }
        assertTrue(events.stream().anyMatch(e -> e.earliest() == null), "the flagship has events known only as 'by' a day");
    }
}
