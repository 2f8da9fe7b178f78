package org.dossier.rail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Coordinates;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Place;
import org.dossier.model.Section;

/**
 * Lays one line out as tracks between adjacent stations. Sourced spans (the line's sections, which may
 * join stations that are not adjacent, and its whole length) fix the stations' positions along the
 * line; a gap between two fixed stations takes its length from them (sourced when one span is exactly
 * that gap, derived otherwise). Stations inside a fixed span share its length in proportion to
 * great-circle distances; stretches no span covers are estimated from coordinates with the detour
 * factor; where coordinates are missing too the track's length is unknown.
 */
final class TrackLayout {
    /** Sources disagreeing by more than this (and 1 km) are reported and the later span ignored. */
    private static final double TOLERANCE = 0.02;

    private final Line line;
    private final Map<String, Place> places;
    private final List<String> stations;
    private final List<NetworkIssue> issues;
    private final Integer gauge;
    private final LineStatus status;
    private final int[] comp;
    private final double[] pos;
    private final List<List<Span>> spansOf;

    /** A sourced length between stations {@code i < j} of the line, in km. */
    record Span(int i, int j, double km, Figure figure, String label) {}

    private TrackLayout(Line line, Map<String, Place> places, List<NetworkIssue> issues) {
        this.line = line;
        this.places = places;
        this.issues = issues;
        this.stations = stationsOf(line);
        this.gauge = line.gaugeMm() == null || line.gaugeMm().value() == null
            ? null : (int) Math.round(line.gaugeMm().value());
        this.status = line.status() == null ? LineStatus.OPEN : line.status();
        int n = stations.size();
        comp = new int[n];
        pos = new double[n];
        spansOf = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            comp[k] = k;
            spansOf.add(new ArrayList<>());
        }
    }

    /** The tracks of {@code line}; problems found are added to {@code issues}. */
    static List<Track> layOut(Line line, Map<String, Place> places, DetourFactor factor, List<NetworkIssue> issues) {
        TrackLayout layout = new TrackLayout(line, places, issues);
        if (layout.stations.size() < 2) {
            issues.add(new NetworkIssue(line.id(), "fewer than two stations; no tracks"));
            return List.of();
        }
        for (Span s : spans(line, issues)) {
            layout.fix(s);
        }
        return layout.walk(factor);
    }

    /** The line's stations in order: its station list, or the chain of its sections' ends. */
    static List<String> stationsOf(Line line) {
        if (!line.stations().isEmpty()) {
            return line.stations();
        }
        Set<String> chain = new LinkedHashSet<>();
        for (Section s : line.sections()) {
            chain.add(s.from());
            chain.add(s.to());
        }
        return List.copyOf(chain);
    }

    /** Every sourced span of the line: its sections with a length, then its whole length. */
    static List<Span> spans(Line line, List<NetworkIssue> issues) {
        List<String> st = stationsOf(line);
        Map<String, Integer> at = new HashMap<>();
        for (int k = st.size() - 1; k >= 0; k--) {
            at.put(st.get(k), k);
        }
        List<Span> out = new ArrayList<>();
        for (Section s : line.sections()) {
            int a = at.getOrDefault(s.from(), -1);
            int b = at.getOrDefault(s.to(), -1);
            if (a < 0 || b < 0 || a == b) {
                issues.add(new NetworkIssue(line.id(), "section " + s.from() + "–" + s.to()
                    + " does not join two different stations of the line; ignored"));
                continue;
            }
            km(line, s.km(), issues).ifPresent(k -> out.add(new Span(Math.min(a, b), Math.max(a, b), k.value(),
                s.km(), s.from() + "–" + s.to() + " " + describe(s.km(), k))));
        }
        if (st.size() >= 2) {
            km(line, line.lengthKm(), issues).ifPresent(k -> out.add(new Span(0, st.size() - 1, k.value(),
                line.lengthKm(), "length of " + line.id() + " " + describe(line.lengthKm(), k))));
        }
        return out;
    }

    private static Optional<Units.Km> km(Line line, Figure f, List<NetworkIssue> issues) {
        try {
            return Units.toKm(f);
        } catch (IllegalArgumentException e) {
            issues.add(new NetworkIssue(line.id(), e.getMessage() + "; figure ignored"));
            return Optional.empty();
        }
    }

    private static String describe(Figure f, Units.Km k) {
        String given = Units.plain(f.value()) + " " + (f.unit() == null ? "km" : f.unit());
        String where = f.anchor() != null && f.anchor().page() != null ? ", report p. " + f.anchor().page() : "";
        return k.conversion() == null ? given + where
            : given + where + " = " + String.format(Locale.ROOT, "%.1f km", k.value());
    }

    /** Joins the span's ends into one component with consistent positions, or reports a conflict. */
    private void fix(Span s) {
        int ci = comp[s.i()];
        int cj = comp[s.j()];
        if (ci == cj) {
            double known = pos[s.j()] - pos[s.i()];
            if (Math.abs(known - s.km()) > Math.max(1.0, TOLERANCE * s.km())) {
                issues.add(new NetworkIssue(line.id(), String.format(Locale.ROOT,
                    "sources disagree: %s, but other spans give %.1f km; the former is ignored", s.label(), known)));
                return;
            }
            spansOf.get(ci).add(s);
            return;
        }
        double shift = pos[s.i()] + s.km() - pos[s.j()];
        double[] trial = pos.clone();
        for (int k = 0; k < comp.length; k++) {
            if (comp[k] == cj) {
                trial[k] += shift;
            }
        }
        if (!increasing(trial, ci, cj)) {
            issues.add(new NetworkIssue(line.id(), "span " + s.label()
                + " would put the line's stations out of order; ignored"));
            return;
        }
        System.arraycopy(trial, 0, pos, 0, pos.length);
        for (int k = 0; k < comp.length; k++) {
            if (comp[k] == cj) {
                comp[k] = ci;
            }
        }
        spansOf.get(ci).addAll(spansOf.get(cj));
        spansOf.get(cj).clear();
        spansOf.get(ci).add(s);
    }

    private boolean increasing(double[] p, int ci, int cj) {
        double last = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < comp.length; k++) {
            if (comp[k] == ci || comp[k] == cj) {
                if (p[k] <= last) {
                    return false;
                }
                last = p[k];
            }
        }
        return true;
    }

    private List<Track> walk(DetourFactor factor) {
        List<Track> out = new ArrayList<>();
        int n = stations.size();
        int i = 0;
        while (i < n - 1) {
            int q = nextInComponent(i);
            if (q < 0) {
                out.add(estimated(i, i + 1, factor));
                i++;
            } else if (q == i + 1) {
                out.add(fromSpans(i, q));
                i = q;
            } else {
                out.addAll(within(i, q));
                i = q;
            }
        }
        return out;
    }

    private int nextInComponent(int i) {
        for (int k = i + 1; k < comp.length; k++) {
            if (comp[k] == comp[i]) {
                return k;
            }
        }
        return -1;
    }

    private Track fromSpans(int a, int b) {
        double km = pos[b] - pos[a];
        List<Span> used = spansOf.get(comp[a]);
        for (Span s : used) {
            if (s.i() == a && s.j() == b) {
                Figure f = s.figure();
                String conversion = Units.toKm(f).map(Units.Km::conversion).orElse(null);
                String note = conversion == null ? f.note() : conversion + (f.note() == null ? "" : "; " + f.note());
                // A figure the package itself marks estimated (a difference or a conversion it made) stays so.
                return track(a, b, new Figure(km, "km", f.anchor(), f.source(), f.estimated(), note),
                    f.estimated() ? LengthBasis.DERIVED : LengthBasis.SOURCED);
            }
        }
        String note = String.format(Locale.ROOT, "derived (%.1f km) from the sourced spans of %s: %s", km, line.id(),
            used.stream().map(Span::label).collect(Collectors.joining("; ")));
        String sources = used.stream().map(s -> s.figure().source()).filter(x -> x != null)
            .distinct().collect(Collectors.joining(" ; "));
        return track(a, b, new Figure(km, "km", null, sources.isEmpty() ? null : sources, true, note),
            LengthBasis.DERIVED);
    }

    /** Tracks between fixed stations a and b whose intermediate stations no source places. */
    private List<Track> within(int a, int b) {
        Track whole = fromSpans(a, b);
        double[] gc = new double[b - a];
        double total = 0;
        for (int k = a; k < b; k++) {
            Optional<Double> d = greatCircle(k, k + 1);
            if (d.isEmpty()) {
                issues.add(new NetworkIssue(line.id(), "stations " + String.join(", ", stations.subList(a + 1, b))
                    + " lie between " + stations.get(a) + " and " + stations.get(b)
                    + " but lack coordinates to place them; routes pass them by, and their sections' lengths are unknown"));
                List<Track> out = new ArrayList<>(List.of(whole));
                for (int m = a; m < b; m++) {
                    out.add(track(m, m + 1, null, LengthBasis.UNKNOWN));
                }
                return out;
            }
            gc[k - a] = d.get();
            total += d.get();
        }
        List<Track> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            double share = total == 0 ? whole.km() / (b - a) : whole.km() * gc[k - a] / total;
            String note = String.format(Locale.ROOT,
                "estimated: share of the %.1f km %s–%s (%s) in proportion to great-circle distances between "
                    + "the stations' coordinates (%s)", whole.km(), stations.get(a), stations.get(b),
                whole.basis() == LengthBasis.SOURCED ? "sourced" : "derived", precisions(k, k + 1));
            out.add(track(k, k + 1, new Figure(share, "km", null, coordinateSources(k, k + 1), true, note),
                LengthBasis.ESTIMATED));
        }
        return out;
    }

    private Track estimated(int a, int b, DetourFactor factor) {
        Optional<Double> d = greatCircle(a, b);
        if (d.isEmpty()) {
            issues.add(new NetworkIssue(line.id(), "section " + stations.get(a) + "–" + stations.get(b)
                + ": no source gives its length and " + missingCoordinates(a, b)
                + " no coordinates; length unknown, not routed over"));
            return track(a, b, null, LengthBasis.UNKNOWN);
        }
        double km = d.get() * factor.value();
        String note = String.format(Locale.ROOT,
            "estimated: great-circle distance %.1f km between the stations' coordinates (%s) × detour %s",
            d.get(), precisions(a, b), factor.basis());
        return track(a, b, new Figure(km, "km", null, coordinateSources(a, b), true, note), LengthBasis.ESTIMATED);
    }

    private Optional<Double> greatCircle(int a, int b) {
        Coordinates ca = coordinates(stations.get(a));
        Coordinates cb = coordinates(stations.get(b));
        return ca == null || cb == null ? Optional.empty() : Optional.of(GreatCircle.km(ca, cb));
    }

    private Coordinates coordinates(String station) {
        Place p = places.get(station);
        return p == null ? null : p.coordinates();
    }

    private String missingCoordinates(int a, int b) {
        List<String> missing = new ArrayList<>();
        for (int k : new int[] {a, b}) {
            if (coordinates(stations.get(k)) == null) {
                missing.add(stations.get(k));
            }
        }
        return String.join(" and ", missing) + (missing.size() == 1 ? " has" : " have");
    }

    private String precisions(int a, int b) {
        return Arrays.stream(new int[] {a, b}).mapToObj(k -> {
            Coordinates c = coordinates(stations.get(k));
            return stations.get(k) + " " + (c.precision() == null ? "precision not stated" : c.precision() + " level");
        }).collect(Collectors.joining(", "));
    }

    private String coordinateSources(int a, int b) {
        return Arrays.stream(new int[] {a, b}).mapToObj(k -> coordinates(stations.get(k)).source())
            .filter(s -> s != null).distinct().collect(Collectors.joining(" ; "));
    }

    private Track track(int a, int b, Figure length, LengthBasis basis) {
        return new Track(line.id(), stations.get(a), stations.get(b), length, basis, gauge, status);
    }
}
