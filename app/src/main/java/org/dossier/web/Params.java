package org.dossier.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;

/** The query parameters of a question, read the same way by the JSON API and the Ask page. */
record Params(Context ctx) {

    /** No parameters at all: what a form shows when another form was asked. */
    static Params none() {
        return new Params(null);
    }

    /** A parameter that must be given and not blank. */
    String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw new BadRequestResponse("missing parameter '" + name + "'");
        }
        return v;
    }

    /** A parameter, or null when absent or blank. */
    String optional(String name) {
        String v = ctx == null ? null : ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Every non-blank value of a repeatable parameter. */
    List<String> all(String name) {
        return ctx == null ? List.of() : ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    /** A switch: present as true, on, 1 or yes. */
    boolean flag(String name) {
        String v = optional(name);
        return v != null && List.of("true", "on", "1", "yes").contains(v.toLowerCase(java.util.Locale.ROOT));
    }

    boolean has(String name) {
        return optional(name) != null;
    }
}
