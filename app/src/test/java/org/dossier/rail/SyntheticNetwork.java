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
 * A package with a large railway network for benchmarks, shaped like railways rather than a lattice:
 * {@code side × side} junctions on a jittered grid about 40 km apart, each joined to its east
 * neighbour and, one time in two, to its south neighbour (the first column always, so the network is
 * connected); every such link is a line of its own with intermediate stations, as many as it takes to
 * reach {@code stations} in all. Each section's sourced length is the great-circle distance times a
 * detour drawn from [1.0, 1.4); one section in ten has no length, so the layout derives or estimates
 * it. Deterministic for a seed.
 */
public final class SyntheticNetwork {
    private SyntheticNetwork() {}

    public static DossierPackage of(int side, int stations, long seed) {
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>(stations);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                places.add(place("j" + r + "-" + c, 40.0 + r * 0.36 + 0.1 * random.nextDouble(),
                    110.0 + c * 0.5 + 0.14 * random.nextDouble()));
            }
        }
        List<int[]> links = new ArrayList<>();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side) {
                    links.add(new int[] {r * side + c, r * side + c + 1});
                }
                if (r + 1 < side && (c == 0 || random.nextBoolean())) {
                    links.add(new int[] {r * side + c, (r + 1) * side + c});
                }
            }
        }
        int intermediate = stations - side * side;
        List<Line> lines = new ArrayList<>(links.size());
        for (int k = 0; k < links.size(); k++) {
            int n = intermediate / links.size() + (k < intermediate % links.size() ? 1 : 0);
            lines.add(line("link-" + k, places.get(links.get(k)[0]), places.get(links.get(k)[1]), n, places, random));
        }
        return new DossierPackage(new Manifest("synthetic", "synthetic network", null, null, null, null), List.of(),
            List.of(), places, lines, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Place place(String id, double lat, double lon) {
        return new Place(id, id, List.of(), PlaceKind.STATION, null, null,
            new Coordinates(lat, lon, "station", "synthetic"), null, List.of(), null, "synthetic");
    }

    private static Line line(String id, Place a, Place b, int n, List<Place> places, Random random) {
        List<Place> on = new ArrayList<>(n + 2);
        on.add(a);
        for (int k = 1; k <= n; k++) {
            double f = k / (double) (n + 1);
            Place p = place(id + "-" + k,
                a.coordinates().lat() + f * (b.coordinates().lat() - a.coordinates().lat()) + 0.01 * random.nextGaussian(),
                a.coordinates().lon() + f * (b.coordinates().lon() - a.coordinates().lon()) + 0.01 * random.nextGaussian());
            places.add(p);
            on.add(p);
        }
        on.add(b);
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k + 1 < on.size(); k++) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            double km = GreatCircle.km(on.get(k).coordinates(), on.get(k + 1).coordinates()) * (1.0 + 0.4 * random.nextDouble());
            sections.add(new Section(on.get(k).id(), on.get(k + 1).id(), new Figure(km, "km", null, "synthetic", false, null)));
        }
        return new Line(id, id, List.of(), null, LineStatus.OPEN, on.stream().map(Place::id).toList(), sections, null,
            new Figure(1435.0, "mm", null, "synthetic", false, null), null, null, List.of(), List.of(), null, "synthetic");
    }
}
