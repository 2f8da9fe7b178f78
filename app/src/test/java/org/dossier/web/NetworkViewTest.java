package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dossier.pkg.Dossier;
import org.dossier.time.Edtf;
import org.junit.jupiter.api.Test;

class NetworkViewTest {
    @Test
    void aStationWithoutCoordinatesIsDrawnThroughNotLeftAsAGapInItsLine() {
        NetworkView view = NetworkView.of(Model.of(Dossier.loadBundled()), Edtf.parse("1932-08-01"));
        // Imienpo, between Harbin and Hailin on the eastern line, has no coordinates in any source.
        long harbinHailin = view.tracks().stream()
            .filter(t -> t.line().equals("cer-east") && Set.of(t.from(), t.to()).equals(Set.of("harbin", "hailin")))
            .count();
        assertEquals(1, harbinHailin, "one drawn stretch Harbin–Hailin");
        assertTrue(view.notes().stream().anyMatch(n -> n.contains("drawn straight through Imienpo")), view.notes().toString());
        assertTrue(view.stations().stream().noneMatch(s -> s.id().equals("imienpo")));
        // The western line passes stations of unknown position by two ways; Hailar–Harbin is drawn once.
        long hailarHarbin = view.tracks().stream()
            .filter(t -> t.line().equals("cer-west") && Set.of(t.from(), t.to()).equals(Set.of("hailar", "harbin")))
            .count();
        assertEquals(1, hailarHarbin, view.notes().toString());
    }
}
