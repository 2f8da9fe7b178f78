package org.dossier.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.pkg.Dossier;
import org.dossier.restore.Restorer;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.store.StoreLocation;

/**
 * A running server on a fresh store holding the sample report (with its package) and a hostile
 * report full of markup, both restored by the real restorer.
 */
final class WebFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    final Store store;
    final WebServer server;
    final Library library;
    final HttpClient http = HttpClient.newHttpClient();

    WebFixture(Path dir, boolean allowImport) {
        this(Store.open(StoreLocation.sqliteFile(dir.resolve("web.db"))), allowImport, 0);
    }

    WebFixture(Store store, boolean allowImport, int port) {
        this.store = store;
        Ingest ingest = new Ingest(Restorer.standard()::restore);
        Dossier sample = sample();
        String slug = store.importDocument(Ingest.modelled("sample-report.txt", resource("/web/sample/report.txt"), sample)).slug();
        store.importDocument(ingest.report("hostile-report.txt", resource("/web/hostile-report.txt")));
        library = new Library(store, slug, ingest);
        library.attach(slug, sample);
        server = WebServer.start(new WebOptions(WebOptions.LOOPBACK, port, allowImport), library);
    }

    /** The sample package (a two-page report with its railways, agreements and events), loaded for real. */
    static Dossier sample() {
        try {
            return Dossier.load(Path.of(WebFixture.class.getResource("/web/sample").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = WebFixture.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    /** The JSON of a GET that must answer 200 (the path and body are the failure message). */
    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode(), path + " -> " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
