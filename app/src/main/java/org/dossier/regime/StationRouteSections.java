package org.dossier.regime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Control;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.time.Edtf;

/**
 * {@link RouteSections} over the lines' station lists: the trip with the fewest stations among the
 * open lines, which meet where they share a station. Station counts are not distances; a router
 * that weighs sections by length should replace it where lengths matter.
 */
public final class StationRouteSections implements RouteSections {
    private final Regime regime;
    /** For each station, the stations next to it and the line that joins them. */
    private final Map<String, List<Hop>> hops = new HashMap<>();

    private record Hop(String to, String line) {}

    public StationRouteSections(Regime regime) {
        this.regime = regime;
        for (Line l : regime.pkg().lines()) {
            if (l.status() == LineStatus.PROJECTED || l.status() == LineStatus.UNDER_CONSTRUCTION) {
                continue;
            }
            for (int i = 1; i < l.stations().size(); i++) {
                String a = l.stations().get(i - 1);
                String b = l.stations().get(i);
                hops.computeIfAbsent(a, k -> new ArrayList<>()).add(new Hop(b, l.id()));
                hops.computeIfAbsent(b, k -> new ArrayList<>()).add(new Hop(a, l.id()));
            }
        }
    }

    @Override
    public Optional<List<RouteLeg>> legs(String from, String to, String date) {
        Map<String, Hop> cameBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameBy.put(from, null);
        while (!queue.isEmpty() && !cameBy.containsKey(to)) {
            String at = queue.poll();
            for (Hop h : hops.getOrDefault(at, List.of())) {
                if (!cameBy.containsKey(h.to())) {
                    cameBy.put(h.to(), new Hop(at, h.line()));
                    queue.add(h.to());
                }
            }
        }
        if (!cameBy.containsKey(to) || from.equals(to)) {
            return Optional.empty();
        }
        List<String> stations = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String s = to; cameBy.get(s) != null; s = cameBy.get(s).to()) {
            stations.add(0, s);
            lines.add(0, cameBy.get(s).line());
        }
        stations.add(0, from);
        return Optional.of(group(stations, lines, date == null ? null : regime.date(date).orElse(null)));
    }

    private List<RouteLeg> group(List<String> stations, List<String> lines, Edtf day) {
        List<RouteLeg> legs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !lines.get(i).equals(lines.get(start))) {
                List<String> part = stations.subList(start, i + 1);
                String line = lines.get(start);
                legs.add(new RouteLeg(line, part.get(0), part.get(part.size() - 1), part, controllers(line, part, day)));
                start = i;
            }
        }
        return legs;
    }

    /** The control periods of {@code line} (or of the railway it is part of) that cover {@code day} and this stretch. */
    private List<Control> controllers(String line, List<String> stretch, Edtf day) {
        List<Control> out = new ArrayList<>();
        for (String id : regime.around(line)) {
            Line l = regime.findLine(id).orElse(null);
            if (l == null) {
                continue;
            }
            for (Control c : l.control()) {
                if (covers(c, stretch) && (day == null || during(c, day))) {
                    out.add(c);
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static boolean covers(Control c, List<String> stretch) {
        return (c.from() == null && c.to() == null) || stretch.contains(c.from()) || stretch.contains(c.to());
    }

    private boolean during(Control c, Edtf day) {
        return regime.period(c.period()).map(p -> p.covers(day) != Period.Cover.NO).orElse(true);
    }
}
