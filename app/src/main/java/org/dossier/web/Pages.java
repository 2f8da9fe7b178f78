package org.dossier.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.store.FactCatalog;
import org.dossier.store.StoredDocument;

/** The handlers of the HTML pages: read the request, ask the library, render. */
final class Pages {
    private static final Pattern LINES = Pattern.compile("(\\d{1,7})-(\\d{1,7})");
    private static final int MAX_RAW_LINES = 400;

    private final Library library;

    Pages(Library library) {
        this.library = library;
    }

    void home(Context ctx) {
        ctx.html(HomePage.render(library.documents(), library.flagship()));
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

    void fact(Context ctx) {
        String slug = ctx.pathParam("doc");
        Model model = library.requireModel(slug);
        FactCatalog.Fact fact = model.facts().find(ctx.pathParam("kind"), ctx.pathParam("id"))
            .orElseThrow(() -> WebServer.notFound("no such fact"));
        ctx.html(FactPage.render(slug, fact, model.highlights().first(fact.key())));
    }

    void search(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class).getOrDefault("");
        ctx.html(SearchPage.render(q, q.isBlank() ? List.of() : library.store().search(q, Limits.RESULTS)));
    }

    private StoredDocument document(Context ctx) {
        return library.requireDocument(ctx.pathParam("doc"));
    }
}
