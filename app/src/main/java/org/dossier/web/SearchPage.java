package org.dossier.web;

import java.util.List;
import org.dossier.store.Dialect;
import org.dossier.store.SearchHit;

/** Full-text search over text, footnotes and facts; every result links into the reader. */
final class SearchPage {
    private SearchPage() {}

    static String render(String query, List<SearchHit> hits) {
        Html h = new Html();
        h.el("h1", "Search");
        h.open("form", "method", "get", "action", "/search", "class", "search-form", "role", "search");
        h.empty("input", "type", "search", "name", "q", "value", query, "maxlength", String.valueOf(Limits.QUERY),
            "placeholder", "words in the text, the footnotes or the facts", "aria-label", "search words", "id", "q");
        h.el("button", "Search", "type", "submit");
        h.close("form");
        if (!query.isBlank()) {
            h.el("p", hits.size() + (hits.size() == 1 ? " result" : " results") + " for “" + query + "”",
                "class", "result-count");
        }
        h.open("ol", "class", "results");
        for (SearchHit hit : hits) {
            h.open("li", "class", "hit hit-" + hit.kind());
            h.el("span", hit.kind(), "class", "kind");
            h.el("a", hit.title(), "href", href(hit), "class", "hit-title");
            if (hit.page() != null && !hit.kind().equals("paragraph")) {
                h.el("span", "page " + hit.page(), "class", "page");
            }
            h.open("p", "class", "snippet").marked(hit.snippet(), Dialect.MATCH_START, Dialect.MATCH_END).close("p");
            h.close("li");
        }
        h.close("ol");
        return Layout.page("Search", "Search", h, null);
    }

    /** Where a hit is read: its paragraph or note in the reader, or the fact's record. */
    static String href(SearchHit hit) {
        String reader = "/reader/" + hit.document();
        return switch (hit.kind()) {
            case "paragraph" -> reader + "#para-" + hit.ref();
            case "footnote" -> reader + "#note-" + hit.ref();
            default -> "/facts/" + hit.document() + "/" + hit.ref().replace("#", "%23");
        };
    }
}
