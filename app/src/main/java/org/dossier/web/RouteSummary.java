package org.dossier.web;

import org.dossier.rail.RailViews;

/**
 * The headline of a route answer above its fields: the length, or, for a way that crosses sections
 * of unknown length, "length unknown, at least N km" and the way section by section with the unknown
 * ones marked, so that the known sum is never read as the length.
 */
final class RouteSummary {
    private RouteSummary() {}

    /** Writes the headline when {@code answer} is a route view or a no-route view; anything else is left alone. */
    static void render(Html h, Object answer) {
        if (answer instanceof RailViews.RouteView r) {
            h.el("p", r.from() + " to " + r.to() + ": " + r.km() + " km"
                + (Boolean.TRUE.equals(r.estimated()) ? " (partly estimated from coordinates)" : ""),
                "class", "route-summary", "id", "route-summary");
        } else if (answer instanceof RailViews.NoRouteView n && n.kmAtLeast() != null) {
            long unknown = n.sections().stream().filter(s -> s.km() == null).count();
            h.el("p", n.from() + " to " + n.to() + ": length unknown, at least " + n.kmAtLeast() + " km ("
                + unknown + " section" + (unknown == 1 ? "" : "s") + " of unknown length on the way below)",
                "class", "route-summary unknown-length", "id", "route-summary");
            way(h, n);
        } else if (answer instanceof RailViews.NoRouteView n) {
            h.el("p", n.from() + " to " + n.to() + ": no route. " + n.reason(), "class", "route-summary", "id", "route-summary");
        }
    }

    private static void way(Html h, RailViews.NoRouteView n) {
        h.open("table", "class", "data", "id", "route-way").open("thead").open("tr");
        for (String c : new String[] {"Line", "From", "To", "km"}) {
            h.el("th", c);
        }
        h.close("tr").close("thead").open("tbody");
        for (RailViews.WaySectionView s : n.sections()) {
            boolean known = s.km() != null;
            h.open("tr", "class", known ? "known" : "unknown-section");
            h.el("td", s.line()).el("td", s.from()).el("td", s.to());
            h.el("td", known ? s.km() + (Boolean.TRUE.equals(s.estimated()) ? " (estimated)" : "") : "unknown");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
}
