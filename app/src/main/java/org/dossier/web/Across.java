package org.dossier.web;

import io.javalin.http.BadRequestResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.DossierPackage;
import org.dossier.pkg.views.FactKind;
import org.dossier.pkg.views.Subjects;
import org.dossier.store.Store;
import org.dossier.store.ViewQuery;
import org.dossier.time.Edtf;

/**
 * Timeline and facts over every stored document ({@code documents=all}), answered from the
 * store's views with the CLI's {@code --stored} fields; names are resolved in the stored packages.
 */
final class Across {
    static final String PARAM = "documents";

    private final Store store;

    Across(Store store) {
        this.store = store;
    }

    /** Whether a request asks across every stored document. */
    static boolean asked(Params p) {
        String v = p.optional(PARAM);
        if (v != null && !v.equalsIgnoreCase("all")) {
            throw new BadRequestResponse(PARAM + " must be 'all' (every stored document) or absent (one document)");
        }
        return v != null;
    }

    /** As {@code timeline --stored --format json}, with {@code from}, {@code to}, {@code actor}, {@code about}. */
    Map<String, Object> timeline(Params p) {
        return store.timelineDocument(query(p, null));
    }

    /** As {@code facts --stored --format json}, with {@code kind}, {@code about}. */
    Map<String, Object> facts(Params p) {
        FactKind kind = p.has("kind") ? Questions.kind(p.optional("kind"), FactKind.class, "kind") : null;
        return store.factsDocument(query(p, kind));
    }

    ViewQuery query(Params p, FactKind kind) {
        List<DossierPackage> packages = p.has("actor") || p.has("about") ? store.listPackages() : List.of();
        String actor = p.has("actor") ? Subjects.actor(packages, p.optional("actor")) : null;
        String about = p.has("about") ? about(packages, p.optional("about")) : null;
        LocalDate from = p.has("from") ? Edtf.parse(p.optional("from")).earliest() : null;
        LocalDate to = p.has("to") ? Edtf.parse(p.optional("to")).latest() : null;
        return new ViewQuery(from, to, actor, about, kind);
    }

    /** An id or name known to a stored package, or 400. */
    static String about(List<DossierPackage> packages, String query) {
        return Subjects.resolve(packages, query).orElseThrow(() ->
            new BadRequestResponse("about '" + query + "' is no id or name in any stored package"));
    }
}
