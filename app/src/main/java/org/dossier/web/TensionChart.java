package org.dossier.web;

import java.util.ArrayList;
import java.util.List;
import org.dossier.chronicle.TensionSeries;
import org.dossier.model.Anchor;
import org.dossier.pkg.EnumLabels;

/**
 * The tension of a dyad as bars per period, below the axis conflict, above cooperation: each bar
 * stacks the part of the events that are the pair's by their own actors and targets (solid) and the
 * part counted by attribution (hatched), and links to the table of its events, where each attributed
 * event says who ties it to the pair, as whose claim, and where.
 */
final class TensionChart {
    private static final double WIDTH = 960;
    private static final double HEIGHT = 260;
    private static final String CONFLICT = "#c0392b";
    private static final String COOPERATION = "#2e8b57";

    private TensionChart() {}

    static void render(Html h, Model m, String slug, TensionSeries t) {
        h.el("h2", "Tension: " + String.join(" – ", t.dyad()) + " by " + t.by()
            + (t.from() == null && t.to() == null ? "" : ", " + (t.from() == null ? "…" : t.from()) + " to "
                + (t.to() == null ? "…" : t.to())), "id", "tension-heading");
        if (t.series().isEmpty()) {
            h.el("p", "No dated events between these two.", "class", "meta");
            return;
        }
        legend(h, t);
        chart(h, t);
        h.el("p", "Sum of the Goldstein weights of the events between the two in each period: solid the events "
            + "whose own actors and targets are the two, hatched those counted by attribution"
            + (t.attributed() ? "" : " (left out here)") + ". Choose a bar for its events."
            + (t.imprecise().isEmpty() ? "" : " " + t.imprecise().size()
            + " event(s) too vaguely dated for one period are listed below, not placed."), "class", "meta");
        Answers.Quotes quotes = Answers.Quotes.of(m, slug);
        events(h, slug, t, quotes);
        if (!t.attributedLeftOut().isEmpty()) {
            h.el("p", "Left out as counted only by attribution: " + String.join(", ", t.attributedLeftOut()),
                "class", "meta", "id", "tension-left-out");
        }
        if (!t.imprecise().isEmpty()) {
            Answers.render(h, "Too vaguely dated to place", t.imprecise(), quotes);
        }
    }

    private static void legend(Html h, TensionSeries t) {
        h.open("div", "class", "legend", "id", "tension-legend");
        swatch(h, "direct", CONFLICT, "conflict, direct");
        swatch(h, "direct", COOPERATION, "cooperation, direct");
        if (t.attributed()) {
            swatch(h, "attributed", "url(#hatch-conflict)", "conflict, by attribution");
            swatch(h, "attributed", "url(#hatch-cooperation)", "cooperation, by attribution");
        }
        h.close("div");
    }

    /** A legend entry; the colour as an attribute, since the pages' policy refuses inline styles. */
    private static void swatch(Html h, String part, String fill, String label) {
        h.open("span", "class", "legend-item", "data-part", part);
        h.open("svg", "class", "swatch", "viewBox", "0 0 20 6", "width", "20", "height", "6", "aria-hidden", "true")
            .empty("rect", "width", "20", "height", "6", "fill", fill).close("rect").close("svg");
        h.text(" " + label).close("span");
    }

    private static void chart(Html h, TensionSeries t) {
        double max = 1;
        for (TensionSeries.Point pt : t.series()) {
            // The stack reaches the sum of the parts on each side of the axis.
            max = Math.max(max, Math.max(side(pt, true), side(pt, false)));
        }
        double mid = HEIGHT / 2;
        double scale = (mid - 10) / max;
        double barWidth = (WIDTH - 20) / t.series().size();
        h.open("div", "class", "tension").open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
            "0 0 " + WIDTH + " " + (HEIGHT + 30), "role", "img", "aria-label", "tension chart", "id", "tension-chart");
        h.open("defs");
        hatch(h, "hatch-conflict", CONFLICT);
        hatch(h, "hatch-cooperation", COOPERATION);
        h.close("defs");
        h.empty("line", "x1", "10", "x2", String.valueOf(WIDTH - 10), "y1", String.valueOf(mid), "y2", String.valueOf(mid),
            "stroke", "#555").close("line");
        int labelEvery = Math.max(1, t.series().size() / 12);
        for (int i = 0; i < t.series().size(); i++) {
            TensionSeries.Point pt = t.series().get(i);
            double x = 10 + i * barWidth;
            h.open("a", "href", "#tension-" + pt.period(), "class", "tension-link");
            h.open("g", "class", "tension-bar", "data-period", pt.period(), "data-score", String.valueOf(pt.score()),
                "data-direct", String.valueOf(pt.direct()), "data-attributed", String.valueOf(pt.attributed()));
            h.el("title", title(pt));
            // Same-signed parts stack outward from the axis, direct first; opposite-signed ones go each to its side.
            double directEnd = part(h, x, barWidth, mid, 0, pt.direct(), scale, false);
            double attributedStart = Math.signum(pt.attributed()) == Math.signum(pt.direct()) ? directEnd : 0;
            part(h, x, barWidth, mid, attributedStart, pt.attributed(), scale, true);
            if (pt.direct() == 0 && pt.attributed() == 0) {
                h.empty("rect", "x", TimelinePage.fmt(x + 1), "y", TimelinePage.fmt(mid - 0.25), "width",
                    TimelinePage.fmt(Math.max(1, barWidth - 2)), "height", "0.5", "fill", "#555", "class", "part-none")
                    .close("rect");
            }
            h.close("g").close("a");
            if (i % labelEvery == 0) {
                h.el("text", pt.period(), "x", TimelinePage.fmt(x), "y", String.valueOf(HEIGHT + 20), "class", "place-label");
            }
        }
        h.close("svg").close("div");
    }

    /** The height one side of the axis reaches: the parts of that sign together. */
    private static double side(TensionSeries.Point pt, boolean cooperation) {
        double sum = 0;
        for (double v : new double[] {pt.direct(), pt.attributed()}) {
            if (cooperation ? v > 0 : v < 0) {
                sum += Math.abs(v);
            }
        }
        return sum;
    }

    /** Draws one part from {@code start} (signed, in weight units) by {@code value}; returns where it ends. */
    private static double part(Html h, double x, double barWidth, double mid, double start, double value, double scale,
                               boolean attributed) {
        if (value == 0) {
            return start;
        }
        double end = start + value;
        double top = mid - Math.max(start, end) * scale;
        double height = Math.abs(value) * scale;
        String fill = attributed ? (value < 0 ? "url(#hatch-conflict)" : "url(#hatch-cooperation)")
            : (value < 0 ? CONFLICT : COOPERATION);
        h.empty("rect", "x", TimelinePage.fmt(x + 1), "y", TimelinePage.fmt(top), "width",
            TimelinePage.fmt(Math.max(1, barWidth - 2)), "height", TimelinePage.fmt(Math.max(height, 0.5)),
            "fill", fill, "class", attributed ? "part-attributed" : "part-direct").close("rect");
        return end;
    }

    private static void hatch(Html h, String id, String colour) {
        h.open("pattern", "id", id, "patternUnits", "userSpaceOnUse", "width", "6", "height", "6",
            "patternTransform", "rotate(45)");
        h.empty("rect", "width", "6", "height", "6", "fill", colour, "fill-opacity", "0.25").close("rect");
        h.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", colour, "stroke-width", "3").close("line");
        h.close("pattern");
    }

    private static String title(TensionSeries.Point pt) {
        StringBuilder title = new StringBuilder(pt.period() + ": " + pt.score() + " (direct " + pt.direct()
            + ", by attribution " + pt.attributed() + ")");
        pt.events().forEach(e -> title.append("\n").append(e.date()).append(" ").append(e.action())
            .append(" (").append(e.goldstein()).append(e.attributed() ? ", attributed" : "").append(')'));
        return title.toString();
    }

    /** Every placed event, by period: its weight, whether direct, and for an attributed one who ties it to the pair. */
    private static void events(Html h, String slug, TensionSeries t, Answers.Quotes quotes) {
        List<TensionSeries.Point> withEvents = new ArrayList<>(t.series().stream().filter(p -> !p.events().isEmpty()).toList());
        if (withEvents.isEmpty()) {
            return;
        }
        h.el("h3", "Events behind each period");
        h.open("table", "class", "data", "id", "tension-events").open("thead").open("tr");
        for (String c : new String[] {"Period", "Date", "Event", "Weight", "Counted", "Who ties it to the pair"}) {
            h.el("th", c);
        }
        h.close("tr").close("thead").open("tbody");
        for (TensionSeries.Point pt : withEvents) {
            boolean first = true;
            for (TensionSeries.Scored e : pt.events()) {
                h.open("tr", "data-period", pt.period(), "class", e.attributed() ? "attributed" : "direct",
                    "id", first ? "tension-" + pt.period() : null);
                h.el("td", first ? pt.period() + " (" + pt.score() + ")" : "");
                h.el("td", e.date());
                h.open("td").el("a", e.action(), "href", "/facts/" + slug + "/event/" + e.id());
                if (e.claimedBy() != null) {
                    h.el("span", " (claimed by " + e.claimedBy() + ")", "class", "meta");
                }
                h.close("td");
                h.el("td", String.valueOf(e.goldstein()));
                h.el("td", e.attributed() ? "by attribution" : "direct");
                h.open("td", "class", "via");
                for (TensionSeries.Via v : e.via()) {
                    via(h, v, quotes);
                }
                h.close("td");
                h.close("tr");
                first = false;
            }
        }
        h.close("tbody").close("table");
    }

    private static void via(Html h, TensionSeries.Via v, Answers.Quotes quotes) {
        h.open("div", "class", "attribution");
        h.text(v.actor() + " " + (v.kind() == null ? "" : EnumLabels.of(v.kind())) + " (" + v.side() + " side), "
            + (v.claimedBy() == null ? "in the report's own voice" : "as " + v.claimedBy() + " has it"));
        Anchor a = v.anchor();
        if (a != null && a.exact() != null) {
            String href = quotes.href(WebServer.JSON.valueToTree(a));
            h.text(": ").el("span", "“" + a.exact() + "”", "class", "quote");
            if (href != null) {
                h.text(" ").el("a", a.page() == null ? "passage" : "p. " + a.page(), "href", href, "class", "anchor-link");
            }
        }
        h.close("div");
    }
}
