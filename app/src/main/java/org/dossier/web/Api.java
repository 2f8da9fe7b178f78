package org.dossier.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.pkg.views.FactKind;
import org.dossier.pkg.views.Facts;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dossier.store.FactCatalog;
import org.dossier.store.ImportResult;
import org.dossier.store.SearchHit;
import org.dossier.store.StoredDocument;

/**
 * The JSON API: the same questions as the command line, answered with the same fields. Every
 * route is listed by {@link #registered} and documented in {@code /api/openapi.json}.
 */
final class Api {
    private static final long ANSWER_BYTES_KEPT = 32L * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final Library library;
    private final boolean allowImport;
    private final byte[] openApi = StaticFiles.resource("/web/openapi.json");
    private final List<String> registered = new ArrayList<>();
    private final AnswerCache answers = new AnswerCache(ANSWER_BYTES_KEPT);

    Api(Library library, boolean allowImport) {
        this.library = library;
        this.allowImport = allowImport;
    }

    /** Questions across stored documents; made per request, as the store may still be opening at start. */
    private Across across() {
        return new Across(library.store());
    }

    void routes(JavalinDefaultRouting r) {
        get(r, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        get(r, "/api/documents", ctx -> ctx.json(library.documents()));
        get(r, "/api/documents/{doc}", this::document);
        get(r, "/api/search", this::search);
        get(r, "/api/facts", this::facts);
        get(r, "/api/facts/{kind}/{id}", this::fact);
        get(r, "/api/in-force", ctx -> answer(ctx, q -> q.inForce(new Params(ctx))));
        get(r, "/api/check", ctx -> answer(ctx, q -> q.check(new Params(ctx))));
        get(r, "/api/term", ctx -> answer(ctx, q -> q.term(new Params(ctx))));
        get(r, "/api/payment", ctx -> answer(ctx, q -> q.payment(new Params(ctx))));
        get(r, "/api/route", ctx -> answer(ctx, q -> q.route(new Params(ctx))));
        get(r, "/api/ports", ctx -> answer(ctx, q -> q.ports(new Params(ctx))));
        get(r, "/api/timeline", ctx -> {
            if (Across.asked(new Params(ctx))) {
                ctx.json(across().timeline(new Params(ctx)));
            } else {
                answer(ctx, q -> q.timeline(new Params(ctx)));
            }
        });
        get(r, "/api/tension", ctx -> answer(ctx, q -> q.tension(new Params(ctx))));
        get(r, "/api/network", ctx -> answer(ctx, q -> q.network(new Params(ctx))));
        registered.add("POST /api/import");
        r.post("/api/import", this::importReport);
    }

    /** Method and path of every API route registered, as OpenAPI writes them. */
    List<String> registered() {
        return List.copyOf(registered);
    }

    private void get(JavalinDefaultRouting r, String path, Handler handler) {
        registered.add("GET " + path);
        r.get(path, handler);
    }

    private void document(Context ctx) {
        String slug = ctx.pathParam("doc");
        StoredDocument doc = library.requireDocument(slug);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", doc.summary());
        out.put("edition", doc.edition());
        ctx.json(out);
    }

    private void search(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class).getOrDefault("");
        int limit = ctx.queryParamAsClass("limit", Integer.class)
            .check(n -> n > 0 && n <= Limits.RESULTS, "limit must be 1 to " + Limits.RESULTS).getOrDefault(20);
        List<Map<String, Object>> hits = library.store().search(q, limit).stream().map(Api::hit).toList();
        ctx.json(Map.of("query", q, "hits", hits));
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", h.document());
        m.put("kind", h.kind());
        m.put("ref", h.ref());
        m.put("page", h.page());
        m.put("title", h.title());
        m.put("snippet", h.plainSnippet());
        m.put("href", SearchPage.href(h));
        return m;
    }

    /**
     * Answers a question to the model with its JSON view, remembered by document, path and query:
     * the model does not change, so neither does the answer. Failures are not remembered.
     */
    private void answer(Context ctx, Function<Questions, Object> ask) {
        Model model = flagshipModel(ctx);
        String key = docParam(ctx) + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        byte[] body = answers.get(key, () -> {
            try {
                return WebServer.JSON.writeValueAsBytes(ask.apply(new Questions(model)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an answer is plain records and always serialises", e);
            }
        });
        ctx.contentType("application/json").result(body);
    }

    /**
     * As {@code dossier facts --format json}: the package id and its items; with {@code documents=all},
     * as {@code facts --stored}: every stored document's items, each naming its document.
     */
    private void facts(Context ctx) {
        Params p = new Params(ctx);
        if (Across.asked(p)) {
            ctx.json(across().facts(p));
            return;
        }
        Model model = flagshipModel(ctx);
        String about = p.has("about") ? Across.about(List.of(model.dossier().pkg()), p.optional("about")) : null;
        ctx.json(Facts.document(model.dossier(), Optional.ofNullable(p.optional("kind"))
            .map(k -> Questions.kind(k, FactKind.class, "kind")), about));
    }

    private void fact(Context ctx) {
        Model model = flagshipModel(ctx);
        FactCatalog.Fact f = model.facts().find(ctx.pathParam("kind"), ctx.pathParam("id"))
            .orElseThrow(() -> WebServer.notFound("no such fact"));
        Map<String, Object> out = factJson(f, model);
        out.put("record", f.record());
        ctx.json(out);
    }

    private Map<String, Object> factJson(FactCatalog.Fact f, Model model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind());
        m.put("id", f.id());
        m.put("label", f.label());
        m.put("page", f.page());
        m.put("anchors", f.anchors());
        Highlights.Highlight passage = model.highlights().first(f.key());
        m.put("paragraph", passage == null ? null : passage.paragraph());
        return m;
    }

    private Model flagshipModel(Context ctx) {
        return library.requireModel(docParam(ctx));
    }

    private String docParam(Context ctx) {
        String doc = ctx.queryParam("doc");
        return doc == null || doc.isBlank() ? library.flagship() : doc;
    }

    /** Restores and stores a report posted as plain text; off unless the server was started with --allow-import. */
    private void importReport(Context ctx) {
        if (!allowImport) {
            throw new ForbiddenResponse("imports through the web are off; start the server with --allow-import");
        }
        String name = ctx.queryParamAsClass("name", String.class).getOrDefault("report.txt");
        if (!FILE_NAME.matcher(name).matches()) {
            throw new BadRequestResponse("name must be a plain file name (letters, digits, '.', '_', '-')");
        }
        String raw = ctx.body();
        if (raw.isBlank()) {
            throw new BadRequestResponse("empty report: post the OCR text as the request body");
        }
        ImportResult result = library.store().importDocument(library.ingest().report(name, raw));
        ctx.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).json(result);
    }
}
