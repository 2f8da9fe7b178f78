package org.dossier.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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

    /**
     * One row of the timeline: an event, the slug of the document it comes from, and that document's
     * title when the timeline runs across documents (null otherwise).
     */
    record Row(String slug, String document, TimelineEvent event) {}

    /** The CAMEO root code of an event's code, and its name from the package's table (the root alone without one). */
    static String kind(Model m, String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        String root = cameo.substring(0, 2);
        return m == null ? root
            : m.dossier().cameo().find(root).map(CameoCode::name).map(n -> root + " " + n).orElse(root);
    }

    /** The timeline of one document's model, with its tension chart. */
    static String render(Model m, String slug, Params p, List<TimelineEvent> events, TensionSeries tension) {
        Html h = new Html();
        h.el("h1", "Timeline");
        h.open("form", "method", "get", "action", "/timeline", "class", "controls", "id", "timeline-form");
        Forms.select(h, "actor", "Actor", Forms.actors(m), p, true);
        kindFilter(h, m, p, events);
        Forms.input(h, "dyad", "tension between", "text", p, "e.g. soviet-union,japan");
        Forms.select(h, "by", "by", Forms.labels(org.dossier.chronicle.TensionPeriod.class), p, true);
        Forms.input(h, "from", "from", "text", p, "EDTF, e.g. 1931-09");
        Forms.input(h, "to", "to", "text", p, "EDTF, e.g. 1932-08");
        Forms.select(h, "attributed", "events tied by attribution", List.of(new Forms.Choice("include", "counted"),
            new Forms.Choice("exclude", "left out")), p, false);
        h.el("button", "Show", "type", "submit");
        h.close("form");
        h.open("p", "class", "meta").el("a", "Every stored document's events", "href", "/timeline?" + Across.PARAM + "=all",
            "id", "across-link").close("p");
        events(h, m, p, events.stream().map(e -> new Row(slug, null, e)).toList(), s -> m.highlights());
        if (tension != null) {
            TensionChart.render(h, m, slug, tension);
        }
        return Layout.page("Timeline", "Timeline", h, null);
    }

    /**
     * The events of every stored document merged in date order, each naming its document. {@code m}
     * (any loaded model, or null) names the CAMEO roots; {@code highlights} finds a document's passages.
     */
    static String renderAcross(Model m, Params p, List<Row> rows, Function<String, Highlights> highlights) {
        Html h = new Html();
        h.el("h1", "Timeline of every stored document");
        h.open("form", "method", "get", "action", "/timeline", "class", "controls", "id", "timeline-form");
        h.empty("input", "type", "hidden", "name", Across.PARAM, "value", "all");
        Forms.input(h, "actor", "Actor", "text", p, "id or name, e.g. soviet-union");
        Forms.input(h, "about", "about", "text", p, "id or name, e.g. cer, Dairen");
        Forms.input(h, "from", "from", "text", p, "EDTF, e.g. 1932");
        Forms.input(h, "to", "to", "text", p, "EDTF, e.g. 1946");
        kindFilter(h, m, p, rows.stream().map(Row::event).toList());
        h.el("button", "Show", "type", "submit");
        h.close("form");
        events(h, m, p, rows, highlights);
        return Layout.page("Timeline", "Timeline", h, null);
    }

    private static void kindFilter(Html h, Model m, Params p, List<TimelineEvent> events) {
        Set<String> kinds = new LinkedHashSet<>();
        events.stream().map(e -> kind(m, e.cameo())).filter(k -> k != null).sorted().forEach(kinds::add);
        Forms.select(h, "kind", "kind", kinds.stream().map(k -> new Forms.Choice(k, k)).toList(), p, true);
    }

    private static void events(Html h, Model m, Params p, List<Row> rows, Function<String, Highlights> highlights) {
        String kind = p.optional("kind");
        List<Row> shown = rows.stream().filter(r -> kind == null || kind.equals(kind(m, r.event().cameo()))).toList();
        h.el("p", shown.size() + " event(s)", "class", "result-count", "id", "event-count");
        strip(h, shown);
        table(h, m, shown, highlights);
    }

    /** Every event as a bar (or a dot for a single day) on one time axis, in lanes so that none overlap. */
    private static void strip(Html h, List<Row> rows) {
        List<Row> dated = rows.stream().filter(r -> r.event().earliest() != null && r.event().latest() != null).toList();
        if (dated.isEmpty()) {
            return;
        }
        LocalDate first = dated.stream().map(r -> LocalDate.parse(r.event().earliest())).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().map(r -> LocalDate.parse(r.event().latest())).max(LocalDate::compareTo).orElseThrow();
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        List<Double> laneEnds = new ArrayList<>();
        Html bars = new Html();
        for (Row r : dated) {
            TimelineEvent e = r.event();
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
            bars.open("a", "href", "#" + rowId(r));
            bars.open("rect", "x", fmt(x0), "y", fmt(20 + lane * LANE), "width", fmt(Math.max(3, x1 - x0)),
                "height", fmt(LANE - 2), "fill", colour, "class", e.earliest().equals(e.latest()) ? "day" : "range");
            bars.el("title", e.date() + " · " + e.action() + (r.document() == null ? "" : " · " + r.slug()))
                .close("rect").close("a");
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

    private static void table(Html h, Model m, List<Row> rows, Function<String, Highlights> highlights) {
        boolean across = rows.stream().anyMatch(r -> r.document() != null);
        h.open("table", "class", "data", "id", "events").open("thead").open("tr");
        for (String c : new String[] {"Date", "Range", "Actors", "Event", "Kind", "Weight", "Passage"}) {
            h.el("th", c);
        }
        if (across) {
            h.el("th", "Document");
        }
        h.close("tr").close("thead").open("tbody");
        for (Row r : rows) {
            TimelineEvent e = r.event();
            h.open("tr", "id", rowId(r), "data-document", r.slug());
            h.el("td", e.date());
            h.el("td", e.earliest() == null ? "" : e.earliest().equals(e.latest()) ? e.earliest()
                : e.earliest() + " – " + (e.latest() == null ? "…" : e.latest()));
            h.el("td", String.join(", ", e.actors()) + (e.targets().isEmpty() ? "" : " → " + String.join(", ", e.targets())));
            h.open("td").el("a", e.action(), "href", "/facts/" + r.slug() + "/event/" + e.id());
            if (e.claimedBy() != null) {
                h.el("span", " (claimed by " + e.claimedBy() + ")", "class", "meta");
            }
            h.close("td");
            h.el("td", kind(m, e.cameo()));
            h.el("td", e.goldstein() == null ? "" : String.valueOf(e.goldstein()));
            h.open("td");
            passage(h, r, highlights.apply(r.slug()));
            h.close("td");
            if (across) {
                h.open("td").el("a", r.document(), "href", "/reader/" + r.slug(), "class", "document").close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** The link to the event's passage: its paragraph when highlighted, else its page, else its sources. */
    private static void passage(Html h, Row r, Highlights highlights) {
        TimelineEvent e = r.event();
        Highlights.Highlight passage = highlights == null ? null : highlights.first("event/" + e.id());
        if (passage != null) {
            h.el("a", e.page() == null ? "passage" : "p. " + e.page(), "href",
                "/reader/" + r.slug() + "#para-" + passage.paragraph(), "class", "passage");
        } else if (e.page() != null) {
            h.el("a", "p. " + e.page(), "href", "/reader/" + r.slug() + "#page-" + e.page(), "class", "passage");
        } else {
            h.text(String.join(", ", e.sources()));
        }
    }

    /** A row's element id: the event's id, prefixed by its document across documents (ids repeat across them). */
    private static String rowId(Row r) {
        return "event-" + (r.document() == null ? "" : r.slug() + "--") + r.event().id();
    }

    static String fmt(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
