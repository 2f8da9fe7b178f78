package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.pkg.EnumLabels;
import org.dossier.rail.Certainty;
import org.dossier.rail.ControlClaim;
import org.dossier.rail.RailViews.NoRouteView;
import org.dossier.rail.RailViews.PortView;
import org.dossier.rail.RailViews.PortsView;
import org.dossier.rail.RailViews.RouteView;
import org.dossier.rail.RailViews.SectionView;

/** Plain-text tables of route and port answers, rendered from the same views as the JSON. */
final class RailText {
    private RailText() {}

    static String route(RouteView r) {
        StringBuilder out = new StringBuilder();
        out.append(r.from()).append(" → ").append(r.to()).append(": ").append(km(r.km(), r.estimated() != null))
            .append(when(r.date(), r.withProjected())).append('\n');
        out.append("path: ").append(String.join(" – ", r.path())).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"from", "to", "km", "line", "gauge", "controlled by"});
        List<String> estimates = new ArrayList<>();
        for (SectionView s : r.sections()) {
            String mark = "";
            if (s.estimated() != null) {
                estimates.add(s.from() + "–" + s.to() + ": " + s.note());
                mark = " [" + estimates.size() + "]";
            }
            rows.add(new String[] {s.from(), s.to(), num(s.km()) + mark, s.line(),
                s.gauge() == null ? "?" : s.gauge() + " mm", controllers(s.controlledBy())});
        }
        out.append(table(rows));
        r.gaugeBreaks().forEach(b -> out.append("gauge break at ").append(b.station()).append(": ").append(b.fromLine())
            .append(' ').append(b.fromGauge()).append(" mm → ").append(b.toLine()).append(' ').append(b.toGauge())
            .append(" mm\n"));
        for (int k = 0; k < estimates.size(); k++) {
            out.append('[').append(k + 1).append("] ").append(estimates.get(k)).append('\n');
        }
        r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    static String noRoute(NoRouteView n) {
        StringBuilder out = new StringBuilder();
        String what = n.way() == null ? "no route" : "length unknown (the way below: more than " + num(n.kmAtLeast()) + " km)";
        out.append(n.from()).append(" → ").append(n.to()).append(": ").append(what).append(when(n.date(), n.withProjected()))
            .append('\n').append(n.reason()).append('\n');
        if (n.way() != null) {
            out.append("way: ").append(String.join(" – ", n.way())).append('\n');
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"from", "to", "km", "line", "gauge"});
            n.sections().forEach(s -> rows.add(new String[] {s.from(), s.to(),
                s.km() == null ? "unknown" : num(s.km()) + (s.estimated() != null ? " (estimated)" : ""), s.line(),
                s.gauge() == null ? "?" : s.gauge() + " mm"}));
            out.append(table(rows));
        }
        n.unknownSections().forEach(u -> out.append("  length unknown: ").append(u.from()).append('–').append(u.to())
            .append(" (").append(u.line()).append(")\n"));
        if (!n.missingCoordinates().isEmpty()) {
            out.append("  no coordinates: ").append(String.join(", ", n.missingCoordinates())).append('\n');
        }
        return out.toString();
    }

    static String ports(PortsView v) {
        StringBuilder out = new StringBuilder();
        out.append("ports from ").append(v.from()).append(when(v.date(), v.withProjected())).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(v.withProjected()
            ? new String[] {"port", "km", "open lines only", "change", "projected lines used", "path"}
            : new String[] {"port", "km", "path"});
        for (PortView p : v.ports()) {
            String km = p.reachable() ? km(p.km(), p.estimated() != null) : "no route";
            String path = p.reachable() ? String.join(" – ", p.path()) : p.noRoute().reason();
            if (v.withProjected()) {
                rows.add(new String[] {p.port(), km, p.openKm() == null ? "no route" : num(p.openKm()),
                    p.changeKm() == null ? "" : String.format(Locale.ROOT, "%+.1f", p.changeKm()),
                    p.projectedLines() == null || p.projectedLines().isEmpty() ? "" : String.join(", ", p.projectedLines()),
                    path});
            } else {
                rows.add(new String[] {p.port(), km, path});
            }
        }
        out.append(table(rows));
        if (v.ports().stream().anyMatch(p -> p.estimated() != null)) {
            out.append("* includes estimated or derived lengths: see `dossier route FROM PORT` for how each was made\n");
        }
        if (v.notes() != null) {
            v.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static String controllers(List<ControlClaim> claims) {
        if (claims.isEmpty()) {
            return "-";
        }
        return claims.stream().map(c -> c.controller() + " (" + kebab(c.kind()) + ", " + c.period()
                + (c.certainty() == Certainty.INDETERMINATE ? ", indeterminate" : "")
                + (c.claimedBy() != null ? ", reported by " + c.claimedBy() : "") + ")")
            .collect(Collectors.joining("; "));
    }

    private static String kebab(Enum<?> e) {
        return e == null ? "?" : EnumLabels.of(e);
    }

    private static String when(String date, boolean withProjected) {
        String d = date == null ? "" : " on " + date;
        return d + (withProjected ? ", with projected lines" : "");
    }

    private static String km(double km, boolean estimated) {
        return num(km) + " km" + (estimated ? " *" : "");
    }

    private static String num(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }

    private static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols - 1; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                line.append(c == cols - 1 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
