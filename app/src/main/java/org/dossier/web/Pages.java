package org.dossier.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.chronicle.TensionSeries;
import org.dossier.pkg.views.TimelineEvent;
import org.dossier.regime.InForceAnswer;
import org.dossier.time.Edtf;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.store.FactCatalog;
import org.dossier.store.StoredDocument;

/** The handlers of the HTML pages: read the request, ask the library, render. */
final class Pages {
    private static final Pattern LINES = Pattern.compile("(\\d{1,7})-(\\d{1,7})");
    private static final int MAX_RAW_LINES = 400;

    private final Library library;
    /** Read on the first map asked for, not at start: the first page is usually another. */
    private Basemap basemap;

    Pages(Library library) {
        this.library = library;
    }

    /** The map on the chosen day (the report's date by default), with a route when one is asked. */
    void map(Context ctx) {
        Model m = library.flagshipModel();
        Params p = new Params(ctx);
        LocalDate day = p.has("date") ? day(p.optional("date")) : reportDay(m);
        Object route = p.has("from") && p.has("to") ? new Questions(m).route(p) : null;
        ctx.html(MapPage.render(basemap(), NetworkView.of(m, Edtf.parse(day.toString())), day, route, p,
            Answers.Quotes.of(m, library.flagship())));
    }

    private synchronized Basemap basemap() {
        if (basemap == null) {
            basemap = Basemap.load();
        }
        return basemap;
    }

    void timeline(Context ctx) {
        Params p = new Params(ctx);
        if (Across.asked(p)) {
            List<TimelinePage.Row> rows = library.store().timeline(new Across(library.store()).query(p, null)).stream()
                .map(e -> new TimelinePage.Row(e.document().slug(), e.document().title(), e.event())).toList();
            ctx.html(TimelinePage.renderAcross(library.model(library.flagship()).orElse(null), p, rows,
                slug -> library.model(slug).map(Model::highlights).orElse(null)));
            return;
        }
        Model m = library.flagshipModel();
        Questions q = new Questions(m);
        @SuppressWarnings("unchecked")
        List<TimelineEvent> events = (List<TimelineEvent>) q.timeline(p).get("events");
        TensionSeries tension = p.has("dyad") ? q.tension(p) : defaultTension(m, q, p);
        ctx.html(TimelinePage.render(m, library.flagship(), p, events, tension));
    }

    void agreements(Context ctx) {
        Model m = library.flagshipModel();
        Params p = new Params(ctx);
        String date = p.has("date") ? p.optional("date") : reportDay(m).toString();
        String party = p.has("party") ? m.dossier().names().actor(p.optional("party")).id() : null;
        InForceAnswer answer = m.regime().inForce().on(Questions.date(date), party, null);
        ctx.html(AgreementsPage.render(m, library.flagship(), p, answer, reportDay(m).toString()));
    }

    void ask(Context ctx) {
        AskPage.Rendered r = AskPage.render(library.flagshipModel(), library.flagship(), new Params(ctx));
        ctx.status(r.status()).html(r.html());
    }

    /** The dyad most events are between, when none was asked. */
    private static TensionSeries defaultTension(Model m, Questions q, Params p) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (var e : m.dossier().pkg().events()) {
            for (String a : e.actors()) {
                for (String t : e.targets()) {
                    if (!a.equals(t)) {
                        String key = a.compareTo(t) < 0 ? a + "," + t : t + "," + a;
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
            .map(e -> {
                String[] d = e.getKey().split(",");
                return q.tension(d[0], d[1], p);
            })
            .orElse(null);
    }

    private static LocalDate reportDay(Model m) {
        return m.regime().reportDate().flatMap(Edtf::tryParse).map(Edtf::earliest).orElse(MapPage.LAST);
    }

    private static LocalDate day(String text) {
        LocalDate d = Edtf.parse(text).earliest();
        if (d == null) {
            throw new BadRequestResponse("date must have a first day, e.g. 1932-02-27");
        }
        return d.isBefore(MapPage.FIRST) ? MapPage.FIRST : d.isAfter(MapPage.LAST) ? MapPage.LAST : d;
    }

    void home(Context ctx) {
        ctx.html(HomePage.render(library.documents(), library.flagship(),
            slug -> library.model(slug).map(m -> m.dossier().pkg().manifest().title()).orElse(null)));
    }

    void flagshipReader(Context ctx) {
        ctx.redirect("/reader/" + library.flagship());
    }

    void reader(Context ctx) {
        StoredDocument doc = document(ctx);
        Highlights highlights = library.model(doc.summary().slug()).map(Model::highlights).orElse(null);
        ctx.html(ReaderPage.render(doc, highlights));
    }

    /** The raw OCR lines {@code a-b} of a document, as plain text. */
    void raw(Context ctx) {
        StoredDocument doc = document(ctx);
        Matcher m = LINES.matcher(ctx.pathParam("lines"));
        if (!m.matches()) {
            throw new BadRequestResponse("lines must be FROM-TO, e.g. 12-18");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (to < from || to - from >= MAX_RAW_LINES) {
            throw new BadRequestResponse("a range of 1 to " + MAX_RAW_LINES + " lines, FROM not after TO");
        }
        ctx.contentType("text/plain; charset=utf-8").result(String.join("\n", doc.rawLines(from, to)));
    }

    /** One fact's record: from the loaded model (with its passage), else from the package stored with the document. */
    void fact(Context ctx) {
        String slug = ctx.pathParam("doc");
        Optional<Model> model = library.model(slug);
        FactCatalog facts = model.isPresent() ? model.get().facts() : factsOrModelError(slug);
        FactCatalog.Fact fact = facts.find(ctx.pathParam("kind"), ctx.pathParam("id"))
            .orElseThrow(() -> WebServer.notFound("no such fact"));
        ctx.html(FactPage.render(slug, fact, model.map(m -> m.highlights().first(fact.key())).orElse(null)));
    }

    /** The stored package's facts; while the model is loading or when it failed, the model's own answer (503, 404). */
    private FactCatalog factsOrModelError(String slug) {
        try {
            return library.facts(slug);
        } catch (io.javalin.http.HttpResponseException e) {
            library.requireModel(slug);
            throw e;
        }
    }

    void search(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class).getOrDefault("");
        ctx.html(SearchPage.render(q, q.isBlank() ? List.of() : library.store().search(q, Limits.RESULTS)));
    }

    private StoredDocument document(Context ctx) {
        return library.requireDocument(ctx.pathParam("doc"));
    }
}
