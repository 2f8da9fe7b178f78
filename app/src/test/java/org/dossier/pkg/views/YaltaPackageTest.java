package org.dossier.pkg.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Claim;
import org.dossier.model.DossierPackage;
import org.dossier.pkg.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second bundled package, the Washington News Letter of 22 February 1946 on the Yalta agreement
 * on Manchuria: it loads (every anchor resolved), shares its ids with the flagship, and its items
 * are found by what they are about.
 */
class YaltaPackageTest {
    private static Dossier yalta;

    @BeforeAll
    static void load() throws URISyntaxException {
        yalta = Dossier.load(Path.of(YaltaPackageTest.class.getResource("/packages/yalta-manchuria-1946").toURI()));
    }

    @Test
    void loadsWithEveryAnchorResolvedOnTheNewsLettersPage() {
        DossierPackage p = yalta.pkg();
        assertEquals("yalta-manchuria-1946", p.manifest().id());
        assertTrue(p.events().size() >= 12, "events: " + p.events().size());
        assertTrue(yalta.anchors().stream().allMatch(a -> a.page() == 4), "the News Letter is restored on page 4");
        assertEquals("1945-02-11", yalta.names().agreement("Yalta agreement").signed());
        assertEquals("1945-08-14", yalta.names().agreement("sino-soviet-treaty-1945").signed());
    }

    @Test
    void codesEventsWithTheFlagshipsCameoTable() throws Exception {
        Path folder = Path.of(YaltaPackageTest.class.getResource("/packages/yalta-manchuria-1946").toURI());
        Path flagship = Path.of(YaltaPackageTest.class.getResource("/packages/far-east-1932").toURI());
        assertEquals(java.nio.file.Files.readString(flagship.resolve("cameo-goldstein.csv")),
            java.nio.file.Files.readString(folder.resolve("cameo-goldstein.csv")), "a copy, so weights agree across documents");
    }

    @Test
    void usesTheFlagshipsIdsForTheSameThings() {
        Dossier flagship = Dossier.loadBundled();
        for (String id : List.of("soviet-union", "tsarist-russia", "china", "japan", "united-states", "great-britain")) {
            assertEquals(flagship.names().actor(id).id(), yalta.names().actor(id).id());
        }
        for (String id : List.of("manchuria", "dairen", "changchun", "portsmouth", "washington")) {
            assertEquals(flagship.names().place(id).id(), yalta.names().place(id).id());
        }
        assertEquals("cer", yalta.names().line("Chinese Eastern Railway").id());
        assertEquals("south-manchuria-railway-line", yalta.names().line("South Manchuria Railroad").id());
        assertEquals(flagship.names().agreement("portsmouth-treaty-1905").id(),
            yalta.names().agreement("Treaty of Portsmouth").id());
    }

    @Test
    void persistingReportsAreAnUnnamedClaimantsAllegationNotAFact() {
        Claim c = yalta.pkg().claims().stream().filter(x -> x.id().equals("reports-soviet-seeks-more-than-yalta"))
            .findFirst().orElseThrow();
        assertEquals("unnamed-reports-1946", c.claimant());
        assertEquals("reports", org.dossier.pkg.EnumLabels.of(yalta.names().actor(c.claimant()).kind()));
        assertEquals("../1946-02-22", c.date());
    }

    @Test
    void anEventIsAboutTheLinesOfTheProvisionsAndAgreementsItNames() {
        // The treaty implements the joint railway company's provision; the others name the Yalta agreement,
        // whose provisions cover the Chinese Eastern. Tsarist Russia building the line names no agreement.
        List<TimelineEvent> cer = Timeline.of(yalta, new TimelineQuery(null, null, null, "cer"));
        assertEquals(List.of("yalta-agreement-concluded-1945-02-11", "sino-soviet-treaty-1945-08-14",
            "yalta-agreement-disclosed-1946-02-11", "chungking-radio-broadcast-1946-02-13"),
            cer.stream().map(TimelineEvent::id).toList());
        Set<String> aboutDairen = Facts.of(yalta, Optional.empty(), "dairen").stream()
            .map(i -> i.kind() + "/" + i.id()).collect(Collectors.toSet());
        assertTrue(aboutDairen.containsAll(Set.of("place/dairen", "agreement/yalta-agreement-1945",
            "agreement/liaotung-lease-1898", "event/sino-soviet-treaty-1945-08-14")), aboutDairen.toString());
        assertEquals(List.of(), Facts.of(yalta, Optional.empty(), "no-such-id"));
    }

    @Test
    void subjectsResolveIdsFirstThenNamesInEachPackage() {
        assertEquals(Optional.of("cer"), Subjects.resolve(List.of(yalta.pkg()), "Chinese Eastern Railroad"));
        assertEquals(Optional.of("dairen"), Subjects.resolve(List.of(yalta.pkg()), "dairen"));
        assertEquals(Optional.of("yalta-agreement-1945#joint-railway-company"),
            Subjects.resolve(List.of(yalta.pkg()), "yalta-agreement-1945#joint-railway-company"));
        assertEquals(Optional.empty(), Subjects.resolve(List.of(yalta.pkg()), "Atlantis"));
        assertEquals("soong", Subjects.actor(List.of(yalta.pkg()), "T. V. Soong"));
    }
}
