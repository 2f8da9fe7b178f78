package org.dossier.regime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Line;
import org.dossier.model.Provision;

/**
 * The places a question reaches, as segments between consecutive stations of a trip (each with its
 * line, the railway that line belongs to, and the regions around its stations), or the one place
 * named with {@code --at}. A prohibition reaches the question when it touches any segment. A
 * permission covers the segments it touches that lie between the stations it names on their line:
 * consent for Harbin–Imienpo covers no segment beyond Imienpo, and consent for one branch none of
 * another.
 */
final class Scope {
    private final List<Segment> segments;
    private final String description;

    private final Set<String> lineIds;

    /**
     * A segment: its line and the railway that line belongs to, the regions around its stations, the
     * stations of its whole line in order, and its two ends.
     */
    private record Segment(Set<String> lines, Set<String> regions, List<String> lineStations, String a, String b) {}

    private Scope(List<Segment> segments, String description, Set<String> lineIds) {
        this.segments = segments;
        this.description = description;
        this.lineIds = lineIds;
    }

    static Scope of(Regime regime, List<RouteLeg> route, String at) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder d = new StringBuilder();
        if (route != null) {
            for (RouteLeg leg : route) {
                Set<String> lines = new HashSet<>(regime.around(leg.line()));
                List<String> line = regime.findLine(leg.line()).map(Line::stations).orElse(List.of());
                for (int i = 1; i < leg.stations().size(); i++) {
                    String a = leg.stations().get(i - 1);
                    String b = leg.stations().get(i);
                    segments.add(new Segment(lines, regions(regime, a, b), line, a, b));
                }
                d.append(d.length() == 0 ? " on " : ", ").append(leg.line()).append(" (").append(leg.from())
                    .append("–").append(leg.to()).append(')');
            }
        }
        if (at != null) {
            segments.add(new Segment(Set.of(), regions(regime, at, at), List.of(), at, at));
            d.append(" at ").append(at);
        }
        return new Scope(segments, d.toString(), regime.lineIds());
    }

    /** The provinces and regions that contain two stations (not the stations themselves). */
    private static Set<String> regions(Regime regime, String a, String b) {
        Set<String> out = new HashSet<>(regime.around(a));
        out.addAll(regime.around(b));
        out.remove(a);
        out.remove(b);
        return out;
    }

    /** How many segments a permission must cover together; a question with no place has one, everywhere. */
    int size() {
        return Math.max(1, segments.size());
    }

    /** Whether a prohibition reaches any part of the question. */
    boolean reaches(Provision p) {
        return p.scope().isEmpty() || segments.isEmpty() || segments.stream().anyMatch(s -> touches(s, p));
    }

    /** The segments a permission covers. */
    Set<Integer> covers(Provision p) {
        Set<Integer> out = new HashSet<>();
        if (p.scope().isEmpty() || segments.isEmpty()) {
            for (int i = 0; i < size(); i++) {
                out.add(i);
            }
            return out;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (touches(segments.get(i), p) && between(segments.get(i), p.scope())) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Whether a provision's scope reaches a segment: through its line or railway, or a region around it;
     * a station named in the scope reaches it only when the scope names no line (with lines named,
     * stations only mark where on them it applies).
     */
    private boolean touches(Segment s, Provision p) {
        boolean namesLine = p.scope().stream().anyMatch(lineIds::contains);
        return p.scope().stream().anyMatch(x -> s.lines().contains(x) || s.regions().contains(x)
            || (!namesLine && (x.equals(s.a()) || x.equals(s.b()))));
    }

    private static boolean between(Segment s, List<String> scope) {
        List<Integer> named = scope.stream().map(s.lineStations()::indexOf).filter(i -> i >= 0).sorted().toList();
        if (named.isEmpty()) {
            return true;
        }
        if (named.size() == 1) {
            String only = s.lineStations().get(named.get(0));
            return only.equals(s.a()) || only.equals(s.b());
        }
        int lo = named.get(0);
        int hi = named.get(named.size() - 1);
        int a = s.lineStations().indexOf(s.a());
        int b = s.lineStations().indexOf(s.b());
        return a >= lo && a <= hi && b >= lo && b <= hi;
    }

    String describe() {
        return description;
    }
}
