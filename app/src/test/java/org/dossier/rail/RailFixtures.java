package org.dossier.rail;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.Control;
import org.dossier.model.ControlKind;
import org.dossier.model.Coordinates;
import org.dossier.model.DossierPackage;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Manifest;
import org.dossier.model.Place;
import org.dossier.model.PlaceKind;
import org.dossier.model.Section;
import org.dossier.model.Sourced;

/**
 * A small fixed network, every figure chosen so the answers can be worked out by hand:
 *
 * <pre>
 *   trunk (group; owner gamma 1903/..)
 *    ├─ east  A —90 (sourced)— B —110 (derived from 200 total)— C     gauge 1524, opened 1901
 *    │        operator alpha 1920/1935; military-control beta A–B from 1932-02~
 *    └─ south A —(no length: estimated from coordinates)— D           gauge 1435, opened 1910
 *   branch    C —50 miles (report p. 146)— P (port)                    gauge 1524
 *   spur      C — E (no length, E has no coordinates: unknown)
 *   proj      D —100 miles— P (projected)
 *   proj2     A —20 km— P (projected)
 *   far       Q (port) alone with R: Q —10 km— R
 * </pre>
 */
final class RailFixtures {
    private RailFixtures() {}

    static Place place(String id, String name, Double lat, Double lon, PlaceKind kind, String... aliases) {
        Coordinates c = lat == null ? null : new Coordinates(lat, lon, "city", "https://example.org/" + id);
        return new Place(id, name, List.of(aliases), kind, null, null, c, null, List.of(), null, null);
    }

    static Figure km(double v, String source) {
        return new Figure(v, "km", null, source, false, null);
    }

    static Figure miles(double v, int page) {
        return new Figure(v, "mi", new Anchor(Double.toString(v), null, null, page), null, false, null);
    }

    static Figure gauge(int mm) {
        return new Figure((double) mm, "mm", null, "https://example.org/gauge", false, null);
    }

    static Line line(String id, String partOf, LineStatus status, List<String> stations, List<Section> sections,
                     Figure length, Figure gauge, String opened, List<Control> control) {
        return new Line(id, id + " line", List.of(), partOf, status, stations, sections, length, gauge,
            opened == null ? null : new Sourced(opened, "https://example.org/opened", null), null, control,
            List.of(), null, null);
    }

    static DossierPackage pkg(List<Place> places, List<Line> lines) {
        return new DossierPackage(new Manifest("fixture", "fixture", null, null, null, null), List.of(), List.of(),
            places, lines, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static List<Place> places() {
        return List.of(
            place("a", "Alpha Junction", 45.0, 126.0, PlaceKind.CITY, "Alfa"),
            place("b", "Beta", 45.0, 127.0, PlaceKind.STATION),
            place("c", "Gamma", 45.0, 128.0, PlaceKind.STATION),
            place("d", "Delta", 44.0, 126.0, PlaceKind.STATION),
            place("e", "Epsilon", null, null, PlaceKind.STATION),
            place("p", "Port Pi", 44.5, 129.0, PlaceKind.PORT),
            place("q", "Port Qu", 40.0, 120.0, PlaceKind.PORT),
            place("r", "Rho", 40.1, 120.0, PlaceKind.STATION),
            place("x", "Xi (no line)", 40.0, 110.0, PlaceKind.CITY));
    }

    static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("trunk", null, LineStatus.OPEN, List.of(), List.of(), null, null, null,
            List.of(new Control("gamma", ControlKind.OWNER, null, null, "1903/..", "contract", null))));
        lines.add(line("east", "trunk", LineStatus.OPEN, List.of("a", "b", "c"),
            List.of(new Section("b", "a", km(90, "https://example.org/ab"))),
            km(200, "https://example.org/east"), gauge(1524), "1901",
            List.of(new Control("alpha", ControlKind.OPERATOR, null, null, "1920/1935", "agreement-x", null),
                new Control("beta", ControlKind.MILITARY_CONTROL, "a", "b", "1932-02~/..", "event-y", null))));
        lines.add(line("south", "trunk", LineStatus.OPEN, List.of("a", "d"), List.of(), null, gauge(1435), "1910",
            List.of()));
        lines.add(line("branch", null, LineStatus.OPEN, List.of("c", "p"), List.of(), miles(50, 146), gauge(1524),
            null, List.of()));
        lines.add(line("spur", null, LineStatus.OPEN, List.of("c", "e"), List.of(), null, null, null, List.of()));
        lines.add(line("proj", null, LineStatus.PROJECTED, List.of("d", "p"), List.of(), miles(100, 146), null,
            null, List.of()));
        lines.add(line("proj2", null, LineStatus.PROJECTED, List.of("a", "p"), List.of(), km(20, "https://example.org/proj2"),
            null, null, List.of()));
        lines.add(line("far", null, LineStatus.OPEN, List.of("q", "r"), List.of(), km(10, "https://example.org/far"),
            gauge(1435), null, List.of()));
        return lines;
    }

    static DossierPackage fixture() {
        return pkg(places(), lines());
    }

    static RailNetwork network() {
        return RailNetwork.of(fixture(), DetourFactor.fixed(1.25));
    }
}
