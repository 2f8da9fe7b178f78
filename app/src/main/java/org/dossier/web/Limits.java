package org.dossier.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** The bounds on what a request may ask, checked in one place. */
final class Limits {
    /** Longest value of one query parameter, in characters. */
    static final int QUERY = 500;
    /** Largest request body (an imported report), in bytes. */
    static final long BODY = 8L * 1024 * 1024;
    /** Longest request line and headers, in bytes. */
    static final int HEADERS = 16 * 1024;
    /** Most search results in one answer. */
    static final int RESULTS = 100;

    private Limits() {}

    /** Refuses any query parameter longer than {@link #QUERY}. */
    static void checkQuery(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            if (name.length() > QUERY || values.stream().anyMatch(v -> v.length() > QUERY)) {
                throw new BadRequestResponse("query parameter '" + truncate(name) + "' longer than " + QUERY + " characters");
            }
        });
    }

    private static String truncate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
