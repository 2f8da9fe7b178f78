package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.dossier.model.Event;
import org.dossier.pkg.views.FactItem;
import org.dossier.pkg.views.Facts;
import org.dossier.pkg.views.Timeline;
import org.dossier.pkg.views.TimelineEvent;
import org.dossier.pkg.views.TimelineQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled flagship package loads whole, restoration included, and every anchor resolves. */
class FlagshipPackageTest {
    private static Dossier dossier;

    @BeforeAll
    static void load() {
        assumeTrue(FlagshipPackageTest.class.getClassLoader().getResource(Dossier.BUNDLED + "/dossier.yaml") != null,
            "the flagship package's YAML is not on this branch yet");
        dossier = Dossier.loadBundled();
    }

    @Test
    void modelsTheReportAtTheScaleTheIssueAsksFor() {
        assertTrue(dossier.pkg().agreements().size() > 20, "agreements");
        assertTrue(dossier.pkg().events().size() > 80, "events");
        assertTrue(dossier.pkg().places().size() > 40, "places");
    }

    @Test
    void everyItemFromTheReportHasAPageAndEveryOtherASource() {
        for (FactItem i : Facts.of(dossier, Optional.empty())) {
            if (i.anchor() != null) {
                assertTrue(i.page() != null && i.page() >= 136 && i.page() <= 146, i.id() + " on page " + i.page());
            }
        }
        for (Event e : dossier.pkg().events()) {
            assertTrue(e.anchor() != null || !e.sources().isEmpty(), e.id());
        }
    }

    @Test
    void everyAnchorResolvesInsideItsUnit() {
        for (ResolvedAnchor r : dossier.anchors()) {
            String text = r.footnote()
                ? dossier.edition().footnotes().stream().filter(f -> f.id().equals(r.unit())).findFirst().orElseThrow().text()
                : dossier.edition().paragraphs().stream().filter(p -> p.id().equals(r.unit())).findFirst().orElseThrow().text();
            assertEquals(AnchorIndex.collapse(r.anchor().exact()), AnchorIndex.collapse(text.substring(r.start(), r.end())));
        }
    }

    @Test
    void theTimelineRunsInDateOrder() {
        String last = "";
        for (TimelineEvent e : Timeline.of(dossier, TimelineQuery.all())) {
            if (e.earliest() != null) {
                assertTrue(e.earliest().compareTo(last) >= 0, e.id());
                last = e.earliest();
            }
        }
    }
}
