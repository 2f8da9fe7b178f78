package org.dossier.web;

import java.util.List;
import java.util.function.Function;
import org.dossier.store.DocumentSummary;

/** The documents in the store, the flagship first, each under its package's title when a package models it. */
final class HomePage {
    private HomePage() {}

    /** {@code packageTitle} gives the title of the package modelling a document (by slug), or null. */
    static String render(List<DocumentSummary> documents, String flagship, Function<String, String> packageTitle) {
        Html h = new Html();
        h.el("h1", "Dossier");
        h.el("p", "Archival reports turned into executable models: read the restored text, see the railways "
            + "and who controlled them, the events and the tension they measure, the agreements in force, and ask "
            + "what the agreements allowed.", "class", "lead");
        h.el("h2", "Documents");
        h.open("ul", "class", "documents");
        documents.stream().filter(d -> d.slug().equals(flagship)).forEach(d -> item(h, d, true, packageTitle));
        documents.stream().filter(d -> !d.slug().equals(flagship)).forEach(d -> item(h, d, false, packageTitle));
        h.close("ul");
        h.open("p", "class", "meta").text("Events and facts of every modelled document together: ")
            .el("a", "timeline of every document", "href", "/timeline?" + Across.PARAM + "=all").close("p");
        return Layout.page("Home", "Home", h, null);
    }

    private static void item(Html h, DocumentSummary d, boolean flagship, Function<String, String> packageTitle) {
        h.open("li", "class", flagship ? "flagship" : null);
        String title = d.title() != null && !d.title().isBlank() ? d.title() : packageTitle.apply(d.slug());
        h.el("a", title == null || title.isBlank() ? d.fileName() : title, "href", "/reader/" + d.slug());
        h.el("span", " " + d.fileName() + " · sha256 " + d.sha256().substring(0, 12), "class", "meta");
        h.close("li");
    }
}
