package org.dossier.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.Javalin;
import java.util.concurrent.CompletableFuture;
import io.javalin.json.JavalinJackson;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import org.dossier.model.UnknownNameException;
import org.dossier.rail.NotOnNetworkException;
import org.dossier.store.StoreException;

/**
 * The web application: server-rendered pages and the JSON API over a {@link Library}. Routes are
 * listed here; pages and answers are built elsewhere; failures become HTTP answers in one place.
 */
public final class WebServer implements AutoCloseable {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** How answers are written: as the CLI's JSON views, decimals in plain notation. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Javalin app;
    private final Api api;
    private final CompletableFuture<Void> answered;

    private WebServer(Javalin app, Api api, CompletableFuture<Void> answered) {
        this.app = app;
        this.api = api;
        this.answered = answered;
    }

    /** Starts serving; returns once the server listens. Requests that read the store wait until it is open. */
    public static WebServer start(WebOptions options, Library library) {
        Api api = new Api(library, options.allowImport());
        CompletableFuture<Void> answered = new CompletableFuture<>();
        Javalin app = create(library, api).after(ctx -> answered.complete(null));
        app.start(options.host(), options.port());
        return new WebServer(app, api, answered);
    }

    /** Completes when the first request has been answered: work the first page does not need can wait for it. */
    public CompletableFuture<Void> firstAnswered() {
        return answered;
    }

    private static Javalin create(Library library, Api api) {
        StaticFiles statics = new StaticFiles();
        Pages pages = new Pages(library);
        return Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(JSON, false));
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = Limits.BODY;
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(Limits.HEADERS));
            cfg.router.mount(router -> routes(router, statics, pages, api));
        })
            .before(WebServer::guard)
            .exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()))
            .exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()))
            .exception(UnknownNameException.class, (e, ctx) -> error(ctx, 400, e.getMessage()))
            .exception(NotOnNetworkException.class, (e, ctx) -> error(ctx, 400, e.getMessage()))
            .exception(StoreException.class, (e, ctx) -> error(ctx, 503, "storage failure: " + e.getMessage()))
            .exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()))
            .error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "not found");
                }
            });
    }

    private static void routes(JavalinDefaultRouting r, StaticFiles statics, Pages pages, Api api) {
        r.get("/static/{file}", statics::serve);
        r.get("/", pages::home);
        r.get("/reader", pages::flagshipReader);
        r.get("/reader/{doc}", pages::reader);
        r.get("/raw/{doc}/{lines}", pages::raw);
        r.get("/facts/{doc}/{kind}/{id}", pages::fact);
        r.get("/search", pages::search);
        r.get("/map", pages::map);
        r.get("/timeline", pages::timeline);
        r.get("/agreements", pages::agreements);
        r.get("/ask", pages::ask);
        api.routes(r);
    }

    /** Every answer: bounded queries, no sniffing, no inline script or style, no framing. */
    private static void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        Limits.checkQuery(ctx);
    }

    /** Failures as JSON under /api, as a short page elsewhere. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(java.util.Map.of("error", message == null ? HttpStatus.forStatus(status).getMessage() : message,
                "status", status));
        } else {
            Html h = new Html().el("h1", HttpStatus.forStatus(status).getMessage()).el("p", message, "class", "error");
            ctx.html(Layout.page(HttpStatus.forStatus(status).getMessage(), "", h, null));
        }
    }

    public int port() {
        return app.port();
    }

    /** The API routes registered, as "METHOD /path". */
    java.util.List<String> apiRoutes() {
        return api.registered();
    }

    /** The address the server listens on. */
    String host() {
        return ((org.eclipse.jetty.server.ServerConnector) app.jettyServer().server().getConnectors()[0]).getHost();
    }

    @Override
    public void close() {
        app.stop();
    }

    static NotFoundResponse notFound(String what) {
        return new NotFoundResponse(what);
    }
}
