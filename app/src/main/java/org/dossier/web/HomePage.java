package org.dossier.web;

import java.util.List;
import org.dossier.store.DocumentSummary;

/** The documents in the store, the flagship first, and what each page does. */
final class HomePage {
    private HomePage() {}

    static String render(List<DocumentSummary> documents, String flagship) {
        Html h = new Html();
        h.el("h1", "Dossier");
        h.el("p", "Archival reports turned into executable models: read the restored text, see the railways "
            + "and who controlled them, the events and the tension they measure, the agreements in force, and ask "
            + "what the agreements allowed.", "class", "lead");
        h.el("h2", "Documents");
        h.open("ul", "class", "documents");
        documents.stream().filter(d -> d.slug().equals(flagship)).forEach(d -> item(h, d, true));
        documents.stream().filter(d -> !d.slug().equals(flagship)).forEach(d -> item(h, d, false));
        h.close("ul");
        return Layout.page("Home", "Home", h, null);
    }

    private static void item(Html h, DocumentSummary d, boolean flagship) {
        h.open("li", "class", flagship ? "flagship" : null);
        h.el("a", d.title() == null || d.title().isBlank() ? d.fileName() : d.title(), "href", "/reader/" + d.slug());
        h.el("span", " " + d.fileName() + " · sha256 " + d.sha256().substring(0, 12), "class", "meta");
        h.close("li");
    }
}
