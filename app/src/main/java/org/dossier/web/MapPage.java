package org.dossier.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.pkg.EnumLabels;
import org.dossier.rail.ControlClaim;
import org.dossier.rail.RailViews;

/**
 * The map: land and borders, the railways coloured by who held them on the chosen date (a slider;
 * the script asks {@code /api/network} again as it moves), projected lines dashed, stations at
 * their coordinates, and a route drawn when one is asked for.
 */
final class MapPage {
    static final LocalDate FIRST = LocalDate.of(1896, 1, 1);
    static final LocalDate LAST = LocalDate.of(1935, 12, 31);
    private static final String UNCERTAIN = "#9aa0a6";

    private MapPage() {}

    static String render(Basemap map, NetworkView net, LocalDate day, Object route, Params p, Answers.Quotes quotes) {
        Map<String, String> colours = new HashMap<>();
        net.controllers().forEach(c -> colours.put(c.id(), c.colour()));
        Html h = new Html();
        h.el("h1", "Railways and who held them");
        controls(h, net, day, p);
        legend(h, net);
        h.open("div", "class", "map-wrap");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + map.width() + " " + map.height(),
            "role", "img", "aria-label", "Map of the railways", "id", "map");
        h.empty("path", "class", "land", "d", map.path("land")).close("path");
        h.empty("path", "class", "border", "d", map.path("borders")).close("path");
        Map<String, NetworkView.StationView> stations = new HashMap<>();
        net.stations().forEach(s -> stations.put(s.id(), s));
        for (int i = 0; i < net.tracks().size(); i++) {
            NetworkView.TrackView t = net.tracks().get(i);
            NetworkView.StationView a = stations.get(t.from());
            NetworkView.StationView b = stations.get(t.to());
            h.open("path", "class", "rail" + (t.projected() ? " projected" : "") + (net.reportedControl(t) ? " reported" : ""),
                "data-i", String.valueOf(i),
                "stroke", t.shownController() == null ? UNCERTAIN : colours.getOrDefault(t.shownController(), UNCERTAIN),
                "d", "M" + map.x(a.lon()) + "," + map.y(a.lat()) + "L" + map.x(b.lon()) + "," + map.y(b.lat()));
            h.el("title", trackTitle(net, t, a.name(), b.name())).close("path");
        }
        if (route instanceof RailViews.RouteView r) {
            h.empty("polyline", "class", "rail route", "id", "route", "points", points(map, r.stations(), stations))
                .close("polyline");
        } else if (route instanceof RailViews.NoRouteView n && n.way() != null) {
            // A way of unknown length, through the stations that have coordinates.
            Map<String, String> byName = new HashMap<>();
            net.stations().forEach(s -> byName.putIfAbsent(s.name(), s.id()));
            List<String> ids = n.way().stream().map(byName::get).filter(java.util.Objects::nonNull).toList();
            h.empty("polyline", "class", "rail route unknown-length", "id", "route", "points", points(map, ids, stations))
                .close("polyline");
        }
        for (NetworkView.StationView s : net.stations()) {
            h.empty("circle", "class", "station", "cx", String.valueOf(map.x(s.lon())), "cy",
                String.valueOf(map.y(s.lat())), "r", "3.5").close("circle");
            h.el("text", s.name(), "class", "place-label", "x", String.valueOf(map.x(s.lon()) + 5),
                "y", String.valueOf(map.y(s.lat()) - 4));
        }
        h.close("svg").close("div");
        h.el("p", "Coastline and borders: " + map.source()
            + " Station coordinates: the package, each with its source (below).", "class", "meta");
        if (route != null) {
            Answers.render(h, "Route", route, quotes);
        }
        trackTable(h, net, colours);
        return Layout.page("Map", "Map", h, "map.js");
    }

    private static void controls(Html h, NetworkView net, LocalDate day, Params p) {
        h.open("form", "method", "get", "action", "/map", "class", "controls", "id", "map-form");
        long first = FIRST.toEpochDay();
        h.open("label", "for", "date-slider").text("Date ").close("label");
        h.empty("input", "type", "range", "id", "date-slider", "min", String.valueOf(first),
            "max", String.valueOf(LAST.toEpochDay()), "step", "1", "value", String.valueOf(day.toEpochDay()),
            "aria-label", "date");
        h.empty("input", "type", "date", "name", "date", "id", "date", "value", day.toString(),
            "min", FIRST.toString(), "max", LAST.toString());
        h.el("span", "", "id", "shown-date", "class", "meta");
        List<NetworkView.StationView> stations = net.stations().stream()
            .sorted(java.util.Comparator.comparing(NetworkView.StationView::name)).toList();
        select(h, "from", "Route from", stations, p.optional("from"));
        select(h, "to", "to", stations, p.optional("to"));
        h.open("label").empty("input", "type", "checkbox", "name", "withProjected", "value", "on",
            "checked", p.flag("withProjected") ? "checked" : null).text(" with projected lines").close("label");
        h.el("button", "Draw", "type", "submit");
        h.close("form");
    }

    private static void select(Html h, String name, String label, List<NetworkView.StationView> stations, String chosen) {
        h.open("label").text(label + " ");
        h.open("select", "name", name, "id", "route-" + name);
        h.el("option", "—", "value", "");
        for (NetworkView.StationView s : stations) {
            boolean sel = s.id().equals(chosen) || s.name().equalsIgnoreCase(String.valueOf(chosen));
            h.el("option", s.name(), "value", s.id(), "selected", sel ? "selected" : null);
        }
        h.close("select").close("label");
    }

    private static void legend(Html h, NetworkView net) {
        h.open("div", "class", "legend", "id", "legend");
        for (NetworkView.ControllerView c : net.controllers()) {
            h.open("span", "class", "legend-item", "data-controller", c.id());
            h.open("svg", "class", "swatch", "viewBox", "0 0 20 6", "width", "20", "height", "6", "aria-hidden", "true")
                .empty("rect", "width", "20", "height", "6", "fill", c.colour()).close("rect").close("svg");
            h.text(" " + c.name()).close("span");
        }
        h.open("span").open("svg", "class", "swatch", "viewBox", "0 0 20 6", "width", "20", "height", "6")
            .empty("rect", "width", "20", "height", "6", "fill", UNCERTAIN).close("rect").close("svg")
            .text(" no certain control on the date").close("span");
        h.open("span", "class", "legend-item", "id", "legend-reported")
            .open("svg", "class", "swatch", "viewBox", "0 0 20 6", "width", "20", "height", "6", "aria-hidden", "true")
            .empty("line", "x1", "1", "y1", "3", "x2", "19", "y2", "3", "class", "rail reported", "stroke", "#555")
            .close("line").close("svg")
            .text(" dotted, in the controller's colour: control known only as someone's report (the track's tooltip "
                + "says whose)").close("span");
        h.el("span", "dashed: projected line", "class", "meta");
        h.close("div");
    }

    private static void trackTable(Html h, NetworkView net, Map<String, String> colours) {
        h.el("h2", "Tracks on " + (net.date() == null ? "any date" : net.date()), "id", "tracks-heading");
        h.open("table", "class", "data", "id", "tracks").open("thead").open("tr");
        for (String c : new String[] {"Line", "From", "To", "Status", "Held by (kind, period, certainty)"}) {
            h.el("th", c);
        }
        h.close("tr").close("thead").open("tbody");
        Map<String, String> names = new HashMap<>();
        net.stations().forEach(s -> names.put(s.id(), s.name()));
        for (int i = 0; i < net.tracks().size(); i++) {
            NetworkView.TrackView t = net.tracks().get(i);
            h.open("tr", "data-i", String.valueOf(i));
            h.el("td", t.lineName()).el("td", names.get(t.from())).el("td", names.get(t.to())).el("td", t.status());
            h.el("td", claims(t.controlledBy()), "class", "held-by");
            h.close("tr");
        }
        h.close("tbody").close("table");
        for (String note : net.notes()) {
            h.el("p", note, "class", "meta");
        }
    }

    /** A track's tooltip: its line and ends, who it is drawn as held by, and whose report that is when only reported. */
    static String trackTitle(NetworkView net, NetworkView.TrackView t, String from, String to) {
        String held = t.shownController() == null ? "no certain control on the date"
            : "held by " + t.shownController() + (net.reportedControl(t)
                ? " (reported by " + (t.shownClaimedBy() == null ? "an unnamed source" : t.shownClaimedBy()) + ")" : "");
        return t.lineName() + ": " + from + " – " + to + "; " + held;
    }

    static String claims(List<ControlClaim> claims) {
        if (claims.isEmpty()) {
            return "no control record";
        }
        StringBuilder b = new StringBuilder();
        for (ControlClaim c : claims) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(c.controller()).append(" (").append(c.kind() == null ? "?" : EnumLabels.of(c.kind()))
                .append(", ").append(c.period()).append(", ").append(EnumLabels.of(c.certainty()))
                .append(c.claimedBy() == null ? "" : ", reported by " + c.claimedBy()).append(')');
        }
        return b.toString();
    }

    private static String points(Basemap map, List<String> ids, Map<String, NetworkView.StationView> stations) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            NetworkView.StationView s = stations.get(id);
            if (s != null) {
                b.append(map.x(s.lon())).append(',').append(map.y(s.lat())).append(' ');
            }
        }
        return b.toString().strip();
    }
}
