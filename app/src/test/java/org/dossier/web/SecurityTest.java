package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityTest {
    @TempDir static Path dir;
    @TempDir static Path importDir;
    static WebFixture web;
    static WebFixture importing;

    @BeforeAll
    static void start() {
        web = new WebFixture(dir, false);
        importing = new WebFixture(importDir, true);
    }

    @AfterAll
    static void stop() {
        web.close();
        importing.close();
    }

    @Test
    void markupInADocumentIsShownAsTextEverywhere() {
        for (String page : new String[] {"/", "/reader/hostile-report", "/search?q=pwned", "/search?q=note+link", "/search?q=iframe"}) {
            String html = web.get(page).body();
            assertFalse(html.contains("<script>window"), page);
            assertFalse(html.contains("<img src=x"), page);
            assertFalse(html.contains("<iframe"), page);
            assertFalse(html.contains("<a href=\"javascript:"), page);
            assertFalse(html.contains("<b>Bold"), page);
        }
        String reader = web.get("/reader/hostile-report").body();
        assertTrue(reader.contains("&lt;script&gt;window.__pwned = &#39;title&#39;;&lt;/script&gt;"), reader);
        assertTrue(reader.contains("&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;"));
        assertTrue(reader.contains("a quote &quot; &#39; &amp; done."));
        assertTrue(reader.contains("&lt;iframe src=&quot;/&quot;&gt;&lt;/iframe&gt;"));
    }

    @Test
    void everyPageForbidsInlineScriptsAndFraming() {
        HttpResponse<String> r = web.get("/reader/hostile-report");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'"));
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/static/../../../../../../etc/passwd",
        "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/dossier.css/../../../../etc/passwd",
        "/static/..%5c..%5c..%5cetc%5cpasswd",
        "/static/%2e%2e%2f%2e%2e%2fsimplelogger.properties",
        "/static/../web/openapi.json",
        "/raw/../../../../etc/passwd",
        "/raw/sample/..%2f..%2f..%2fetc%2fpasswd",
        "/raw/%2e%2e/1-2",
        "/raw/sample/1-2/../../../../etc/passwd",
    })
    void staticAndRawEndpointsRefusePathTraversal(String path) throws IOException {
        String answer = rawRequest("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String status = answer.lines().findFirst().orElse("");
        assertFalse(status.contains(" 200 "), path + " -> " + status);
        assertFalse(answer.contains("root:"), path);
        assertFalse(answer.contains("simpleLogger"), path);
    }

    @Test
    void staticFilesServeOnlyTheSitesOwnFiles() {
        assertEquals(200, web.get("/static/dossier.css").statusCode());
        assertEquals(404, web.get("/static/simplelogger.properties").statusCode());
        assertEquals(404, web.get("/static/Dossier.CSS").statusCode());
    }

    @Test
    void queryParametersAreBounded() {
        assertEquals(400, web.get("/search?q=" + "a".repeat(Limits.QUERY + 1)).statusCode());
        assertEquals(400, web.get("/api/search?q=" + "a".repeat(Limits.QUERY + 1)).statusCode());
        assertEquals(200, web.get("/api/search?q=" + "a".repeat(Limits.QUERY)).statusCode());
    }

    @Test
    void requestLinesAndHeadersAreBounded() throws IOException {
        String answer = rawRequest("GET /search?q=" + "a".repeat(Limits.HEADERS + 10)
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String status = answer.lines().findFirst().orElse("");
        assertTrue(status.contains(" 414 ") || status.contains(" 431 ") || status.contains(" 400 "), status);
    }

    @Test
    void importsThroughTheWebAreOffUnlessAllowed() {
        HttpResponse<String> r = web.post("/api/import?name=new.txt", "A report\n\nSome text.\n");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("--allow-import"));
        assertEquals(2, web.store.listDocuments().size());
    }

    @Test
    void allowedImportsStoreOnceAndRefuseOversizedBodies() {
        String report = "A New Report\n\nby\n\nSomeone\n\n\nTHE harbour of Dairen was leased\nto Japan in 1905 and the railway\nran north from it to Changchun.\n";
        HttpResponse<String> first = importing.post("/api/import?name=new.txt", report);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, importing.post("/api/import?name=new.txt", report).statusCode());
        assertEquals(400, importing.post("/api/import?name=../../etc/x", "text").statusCode());
        assertEquals(413, importing.post("/api/import?name=big.txt", "x".repeat((int) Limits.BODY + 1)).statusCode());
        assertTrue(importing.get("/search?q=Dairen").body().contains("/reader/new#para-p1"));
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals(WebOptions.LOOPBACK, web.server.host());
        assertEquals(WebOptions.LOOPBACK, WebOptions.loopback(0).host());
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", web.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertNotEquals("", answer, "the server answers");
            return answer;
        }
    }
}
