package org.dossier.rail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.model.Coordinates;
import org.dossier.model.DossierPackage;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Manifest;
import org.dossier.model.Place;
import org.dossier.model.PlaceKind;
import org.dossier.model.Section;

/**
 * A package with a large railway network for benchmarks: {@code rows × cols} stations on a lattice of
 * 0.05° (about 4–5 km), every row and every column a line; each section's sourced length is the
 * great-circle distance times a detour drawn from [1.0, 1.4), and one section in ten has no length (so
 * the layout derives or estimates it). Deterministic for a seed.
 */
public final class SyntheticNetwork {
    private SyntheticNetwork() {}

    public static DossierPackage of(int rows, int cols, long seed) {
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String id = id(r, c);
                places.add(new Place(id, "Station " + r + "/" + c, List.of(), PlaceKind.STATION, null, null,
                    new Coordinates(40.0 + r * 0.05, 110.0 + c * 0.05, "station", "synthetic"), null, List.of(), null));
            }
        }
        List<Line> lines = new ArrayList<>(rows + cols);
        for (int r = 0; r < rows; r++) {
            List<Place> on = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                on.add(places.get(r * cols + c));
            }
            lines.add(line("row-" + r, on, random));
        }
        for (int c = 0; c < cols; c++) {
            List<Place> on = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                on.add(places.get(r * cols + c));
            }
            lines.add(line("col-" + c, on, random));
        }
        return new DossierPackage(new Manifest("synthetic", "synthetic network", null, null, null, null), List.of(),
            List.of(), places, lines, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static String id(int row, int col) {
        return "s" + row + "-" + col;
    }

    private static Line line(String id, List<Place> on, Random random) {
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k + 1 < on.size(); k++) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            double km = GreatCircle.km(on.get(k).coordinates(), on.get(k + 1).coordinates()) * (1.0 + 0.4 * random.nextDouble());
            sections.add(new Section(on.get(k).id(), on.get(k + 1).id(),
                new Figure(km, "km", null, "synthetic", false, null)));
        }
        return new Line(id, id, List.of(), null, LineStatus.OPEN, on.stream().map(Place::id).toList(), sections, null,
            new Figure(1435.0, "mm", null, "synthetic", false, null), null, null, List.of(), List.of(), null);
    }
}
