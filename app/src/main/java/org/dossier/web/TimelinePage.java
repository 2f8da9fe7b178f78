package org.dossier.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.chronicle.TensionSeries;
import org.dossier.pkg.CameoCode;
import org.dossier.pkg.views.TimelineEvent;

/**
 * The timeline: events by date, filtered by actor and kind (the CAMEO root of their code), each
 * drawn from the earliest to the latest day its date can mean and linked to its passage; and the
 * tension chart of a dyad, one bar per period with the events behind it.
 */
final class TimelinePage {
    private static final double WIDTH = 960;
    private static final double LANE = 9;
    /** Room for one year label on the axis, in pixels. */
    private static final double YEAR_LABEL_PX = 40;

    private TimelinePage() {}

    /** The CAMEO root code of an event's code, and its name from the package's table. */
    static String kind(Model m, String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        String root = cameo.substring(0, 2);
        return m.dossier().cameo().find(root).map(CameoCode::name).map(n -> root + " " + n).orElse(root);
    }

    static String render(Model m, String slug, Params p, List<TimelineEvent> events, TensionSeries tension) {
        Html h = new Html();
        h.el("h1", "Timeline");
        filters(h, m, p, events);
        String kind = p.optional("kind");
        List<TimelineEvent> shown = events.stream().filter(e -> kind == null || kind.equals(kind(m, e.cameo()))).toList();
        h.el("p", shown.size() + " event(s)", "class", "result-count", "id", "event-count");
        strip(h, slug, shown);
        table(h, m, slug, shown);
        if (tension != null) {
            TensionChart.render(h, m, slug, tension);
        }
        return Layout.page("Timeline", "Timeline", h, null);
    }

    private static void filters(Html h, Model m, Params p, List<TimelineEvent> events) {
        h.open("form", "method", "get", "action", "/timeline", "class", "controls", "id", "timeline-form");
        Forms.select(h, "actor", "Actor", Forms.actors(m), p, true);
        Set<String> kinds = new LinkedHashSet<>();
        events.stream().map(e -> kind(m, e.cameo())).filter(k -> k != null).sorted().forEach(kinds::add);
        Forms.select(h, "kind", "kind", kinds.stream().map(k -> new Forms.Choice(k, k)).toList(), p, true);
        Forms.input(h, "dyad", "tension between", "text", p, "e.g. soviet-union,japan");
        Forms.select(h, "by", "by", Forms.labels(org.dossier.chronicle.TensionPeriod.class), p, true);
        h.el("button", "Show", "type", "submit");
        h.close("form");
    }

    /** Every event as a bar (or a dot for a single day) on one time axis, in lanes so that none overlap. */
    private static void strip(Html h, String slug, List<TimelineEvent> events) {
        List<TimelineEvent> dated = events.stream().filter(e -> e.earliest() != null && e.latest() != null).toList();
        if (dated.isEmpty()) {
            return;
        }
        LocalDate first = dated.stream().map(e -> LocalDate.parse(e.earliest())).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().map(e -> LocalDate.parse(e.latest())).max(LocalDate::compareTo).orElseThrow();
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        List<Double> laneEnds = new ArrayList<>();
        Html bars = new Html();
        for (TimelineEvent e : dated) {
            double x0 = 10 + (WIDTH - 20) * ChronoUnit.DAYS.between(first, LocalDate.parse(e.earliest())) / days;
            double x1 = 10 + (WIDTH - 20) * (ChronoUnit.DAYS.between(first, LocalDate.parse(e.latest())) + 1) / days;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > x0 - 2) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(x1);
            } else {
                laneEnds.set(lane, x1);
            }
            String colour = e.goldstein() == null ? "#777" : e.goldstein() < 0 ? "#c0392b" : "#2e8b57";
            bars.open("a", "href", "#event-" + e.id());
            bars.open("rect", "x", fmt(x0), "y", fmt(20 + lane * LANE), "width", fmt(Math.max(3, x1 - x0)),
                "height", fmt(LANE - 2), "fill", colour, "class", e.earliest().equals(e.latest()) ? "day" : "range");
            bars.el("title", e.date() + " · " + e.action()).close("rect").close("a");
        }
        double height = 30 + laneEnds.size() * LANE + 20;
        h.open("div", "class", "timeline").open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
            "0 0 " + fmt(WIDTH) + " " + fmt(height), "role", "img", "aria-label", "events on a time axis", "id", "timeline-strip");
        int labelEvery = (int) Math.max(1, Math.ceil(YEAR_LABEL_PX / ((WIDTH - 20) * 365.25 / days)));
        for (int y = first.getYear(); y <= last.getYear() + 1; y++) {
            double x = 10 + (WIDTH - 20) * ChronoUnit.DAYS.between(first, LocalDate.of(y, 1, 1)) / days;
            if (x >= 10 && x <= WIDTH - 10) {
                h.empty("line", "x1", fmt(x), "x2", fmt(x), "y1", "14", "y2", fmt(height - 14), "stroke", "#eee").close("line");
                if (y % labelEvery == 0) {
                    h.el("text", String.valueOf(y), "x", fmt(x + 2), "y", "12", "class", "place-label");
                }
            }
        }
        h.append(bars).close("svg").close("div");
        h.el("p", "Bars run from the earliest to the latest day a date can mean; red: conflict, green: cooperation "
            + "(Goldstein weight); grey: unweighted.", "class", "meta");
    }

    private static void table(Html h, Model m, String slug, List<TimelineEvent> events) {
        h.open("table", "class", "data", "id", "events").open("thead").open("tr");
        for (String c : new String[] {"Date", "Range", "Actors", "Event", "Kind", "Weight", "Passage"}) {
            h.el("th", c);
        }
        h.close("tr").close("thead").open("tbody");
        for (TimelineEvent e : events) {
            h.open("tr", "id", "event-" + e.id());
            h.el("td", e.date());
            h.el("td", e.earliest() == null ? "" : e.earliest().equals(e.latest()) ? e.earliest()
                : e.earliest() + " – " + (e.latest() == null ? "…" : e.latest()));
            h.el("td", String.join(", ", e.actors()) + (e.targets().isEmpty() ? "" : " → " + String.join(", ", e.targets())));
            h.open("td").el("a", e.action(), "href", "/facts/" + slug + "/event/" + e.id());
            if (e.claimedBy() != null) {
                h.el("span", " (claimed by " + e.claimedBy() + ")", "class", "meta");
            }
            h.close("td");
            h.el("td", kind(m, e.cameo()));
            h.el("td", e.goldstein() == null ? "" : String.valueOf(e.goldstein()));
            h.open("td");
            Highlights.Highlight passage = m.highlights().first("event/" + e.id());
            if (passage != null) {
                h.el("a", e.page() == null ? "passage" : "p. " + e.page(), "href",
                    "/reader/" + slug + "#para-" + passage.paragraph(), "class", "passage");
            } else if (e.page() != null) {
                h.el("a", "p. " + e.page(), "href", "/reader/" + slug + "#page-" + e.page(), "class", "passage");
            } else {
                h.text(String.join(", ", e.sources()));
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    static String fmt(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
