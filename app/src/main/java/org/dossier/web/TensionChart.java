package org.dossier.web;

import org.dossier.chronicle.TensionSeries;

/** The tension of a dyad as bars per period: below the axis conflict, above cooperation. */
final class TensionChart {
    private static final double WIDTH = 960;
    private static final double HEIGHT = 260;

    private TensionChart() {}

    static void render(Html h, Model m, String slug, TensionSeries t) {
        h.el("h2", "Tension: " + String.join(" – ", t.dyad()) + " by " + t.by(), "id", "tension-heading");
        if (t.series().isEmpty()) {
            h.el("p", "No dated events between these two.", "class", "meta");
            return;
        }
        double max = t.series().stream().mapToDouble(pt -> Math.abs(pt.score())).max().orElse(1);
        max = Math.max(max, 1);
        double mid = HEIGHT / 2;
        double barWidth = (WIDTH - 20) / t.series().size();
        h.open("div", "class", "tension").open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
            "0 0 " + WIDTH + " " + (HEIGHT + 30), "role", "img", "aria-label", "tension chart", "id", "tension-chart");
        h.empty("line", "x1", "10", "x2", String.valueOf(WIDTH - 10), "y1", String.valueOf(mid), "y2", String.valueOf(mid),
            "stroke", "#555").close("line");
        int labelEvery = Math.max(1, t.series().size() / 12);
        for (int i = 0; i < t.series().size(); i++) {
            TensionSeries.Point pt = t.series().get(i);
            double x = 10 + i * barWidth;
            double hgt = (mid - 10) * Math.abs(pt.score()) / max;
            double y = pt.score() >= 0 ? mid - hgt : mid;
            h.open("rect", "x", TimelinePage.fmt(x + 1), "y", TimelinePage.fmt(y), "width",
                TimelinePage.fmt(Math.max(1, barWidth - 2)), "height", TimelinePage.fmt(Math.max(hgt, 0.5)),
                "fill", pt.score() < 0 ? "#c0392b" : "#2e8b57", "class", "tension-bar", "data-period", pt.period());
            StringBuilder title = new StringBuilder(pt.period() + ": " + pt.score());
            pt.events().forEach(e -> title.append("\n").append(e.date()).append(" ").append(e.action())
                .append(" (").append(e.goldstein()).append(')'));
            h.el("title", title.toString()).close("rect");
            if (i % labelEvery == 0) {
                h.el("text", pt.period(), "x", TimelinePage.fmt(x), "y", String.valueOf(HEIGHT + 20), "class", "place-label");
            }
        }
        h.close("svg").close("div");
        h.el("p", "Sum of the Goldstein weights of the events between the two in each period; hover a bar for its "
            + "events." + (t.imprecise().isEmpty() ? "" : " " + t.imprecise().size()
            + " event(s) too vaguely dated for one period are listed below, not placed."), "class", "meta");
        if (!t.imprecise().isEmpty()) {
            Answers.render(h, "Too vaguely dated to place", t.imprecise(), Answers.Quotes.of(m, slug));
        }
    }
}
