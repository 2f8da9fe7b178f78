package org.dossier.rail;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.LineStatus;
import org.dossier.pkg.EnumLabels;

/**
 * The JSON shapes of route and port answers, shared by the CLI and the web server. Field names are a
 * contract: {@code route} → {@code km}, {@code path[]} (station names), {@code sections[]} (each with
 * {@code line}, {@code km}, {@code gauge}, {@code controlledBy}, and {@code estimated} where so),
 * {@code gaugeBreaks[]}; {@code ports} → {@code ports[]} (each with {@code port}, {@code km},
 * {@code path[]}). Lengths are rounded to 0.1 km here only; the core keeps full precision.
 */
public final class RailViews {
    private RailViews() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RouteView(String from, String to, String date, boolean withProjected, double km, Boolean estimated,
                            List<String> path, List<String> stations, List<SectionView> sections,
                            List<GaugeBreakView> gaugeBreaks, List<String> lines, List<String> notes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(String line, String lineName, String from, String to, double km, LengthBasis basis,
                              Boolean estimated, String note, String source, Anchor anchor, Integer gauge,
                              String status, List<ControlClaim> controlledBy) {}

    /**
     * No route: {@code km} is null and {@code path} empty, with the reason and what the package lacks.
     * When tracks join the stations but some lengths are unknown, {@code way} (station names) and
     * {@code sections} give that way, each unknown section with {@code km} null and basis {@code unknown},
     * and {@code kmAtLeast} the sum of the known ones.
     */
    public record NoRouteView(String from, String to, String date, boolean withProjected, Double km,
                              List<String> path, String reason, List<UnknownSectionView> unknownSections,
                              List<String> missingCoordinates,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<String> way,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<WaySectionView> sections,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Double kmAtLeast) {}

    public record UnknownSectionView(String line, String from, String to) {}

    /** A section of a way of unknown total length, in travel order; {@code km} null when unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WaySectionView(String line, String from, String to, Double km, LengthBasis basis, Boolean estimated,
                                 String source, Integer gauge) {}

    public record GaugeBreakView(String station, String fromLine, int fromGauge, String toLine, int toGauge) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PortsView(String from, String date, boolean withProjected, List<PortView> ports, List<String> notes) {}

    /**
     * One port: {@code km} and {@code path} answer the question asked (with projected lines when asked);
     * {@code openKm}/{@code openPath} and {@code changeKm} show what projected lines change.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PortView(String port, String portId, boolean reachable, Double km, Boolean estimated,
                           List<String> path, Double openKm, List<String> openPath, Double changeKm,
                           List<String> projectedLines, RouteView route, NoRouteView noRoute) {}

    public static RouteView route(Route r, RailNetwork network) {
        List<SectionView> sections = r.legs().stream().map(l -> section(l, network)).toList();
        List<GaugeBreakView> breaks = r.gaugeBreaks().stream().map(b -> new GaugeBreakView(
            network.nameOf(b.station()), b.fromLine(), b.fromGaugeMm(), b.toLine(), b.toGaugeMm())).toList();
        return new RouteView(network.nameOf(r.from()), network.nameOf(r.to()),
            r.options().date() == null ? null : r.options().date().text(), r.options().withProjected(),
            round(r.km()), r.estimated() ? Boolean.TRUE : null, names(r.path(), network), r.path(), sections,
            breaks, r.lines(network), r.notes());
    }

    public static NoRouteView noRoute(NoRoute n, RouteOptions options, RailNetwork network) {
        List<WaySectionView> sections = new ArrayList<>();
        for (int i = 0; i < n.tracks().size(); i++) {
            Track t = n.tracks().get(i);
            boolean known = t.basis() != LengthBasis.UNKNOWN;
            sections.add(new WaySectionView(t.line(), network.nameOf(n.way().get(i)), network.nameOf(n.way().get(i + 1)),
                known ? round(t.km()) : null, t.basis(), t.isEstimated() ? Boolean.TRUE : null,
                known ? t.length().source() : null, t.gaugeMm()));
        }
        return new NoRouteView(network.nameOf(n.from()), network.nameOf(n.to()),
            options.date() == null ? null : options.date().text(), options.withProjected(), null, List.of(),
            n.reason(), n.unknownSections().stream()
                .map(t -> new UnknownSectionView(t.line(), network.nameOf(t.from()), network.nameOf(t.to()))).toList(),
            names(n.missingCoordinates(), network), n.hasWay() ? names(n.way(), network) : null,
            n.hasWay() ? sections : null, n.hasWay() ? round(n.knownKm()) : null);
    }

    private static SectionView section(Leg l, RailNetwork network) {
        Track t = l.track();
        String lineName = network.findLine(t.line()).map(x -> x.name()).orElse(null);
        return new SectionView(t.line(), lineName, network.nameOf(l.from()), network.nameOf(l.to()), round(t.km()),
            t.basis(), t.isEstimated() ? Boolean.TRUE : null, t.length().note(), t.length().source(),
            t.length().anchor(), t.gaugeMm(), EnumLabels.of(t.status()),
            l.controlledBy());
    }

    public static PortsView ports(String from, List<PortReach> reaches, RouteOptions options, RailNetwork network) {
        List<PortView> views = reaches.stream().map(p -> port(from, p, options, network)).toList();
        List<String> notes = reaches.isEmpty() ? List.of("the package marks no station as a port (place kind 'port')")
            : List.of();
        return new PortsView(network.nameOf(from), options.date() == null ? null : options.date().text(),
            options.withProjected(), views, notes.isEmpty() ? null : notes);
    }

    private static PortView port(String from, PortReach p, RouteOptions options, RailNetwork network) {
        Route best = p.best().orElse(null);
        boolean projected = best != null && best.options().withProjected();
        List<String> projectedLines = best == null ? null : best.legs().stream()
            .filter(l -> l.track().status() != LineStatus.OPEN).map(Leg::line).distinct().toList();
        return new PortView(network.nameOf(p.port()), p.port(), best != null,
            best == null ? null : round(best.km()), best != null && best.estimated() ? Boolean.TRUE : null,
            best == null ? List.of() : names(best.path(), network),
            projected && p.open() != null ? round(p.open().km()) : null,
            projected && p.open() != null ? names(p.open().path(), network) : null,
            p.changeKm().map(RailViews::round).orElse(null),
            projected ? projectedLines : null,
            best == null ? null : route(best, network),
            best == null ? noRoute(NoRoute.explain(network, from, p.port(), options), options, network) : null);
    }

    private static List<String> names(List<String> ids, RailNetwork network) {
        return ids.stream().map(network::nameOf).toList();
    }

    static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
