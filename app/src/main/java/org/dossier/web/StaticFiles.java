package org.dossier.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The site's own CSS, scripts and map data: a fixed list of class-path resources read at start.
 * A name is looked up in that list, never resolved as a path, so no request reaches another file.
 */
final class StaticFiles {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.(css|js|json|svg)");
    private static final Map<String, String> TYPES = Map.of(
        "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "json", "application/json", "svg", "image/svg+xml");
    private static final String[] FILES = {"dossier.css", "dossier.js", "reader.js", "map.js"};

    private final Map<String, byte[]> files;

    StaticFiles() {
        Map<String, byte[]> read = new HashMap<>();
        for (String f : FILES) {
            read.put(f, resource("/web/static/" + f));
        }
        files = Map.copyOf(read);
    }

    void serve(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] body = NAME.matcher(name).matches() ? files.get(name) : null;
        if (body == null) {
            throw new NotFoundResponse("no such file");
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).result(body);
    }

    static byte[] resource(String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
