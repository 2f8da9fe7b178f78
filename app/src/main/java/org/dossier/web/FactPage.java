package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.dossier.store.FactCatalog;

/** One fact's record, field by field, with a link to the passage that states it. */
final class FactPage {
    private FactPage() {}

    static String href(String slug, FactCatalog.Fact fact) {
        return "/facts/" + slug + "/" + fact.kind() + "/" + URLEncoder.encode(fact.id(), StandardCharsets.UTF_8);
    }

    static String render(String slug, FactCatalog.Fact fact, Highlights.Highlight passage) {
        Html h = new Html();
        h.open("article", "class", "fact-record");
        h.el("p", fact.kind(), "class", "kind");
        h.el("h1", fact.label());
        h.el("p", "id: " + fact.id(), "class", "fact-id");
        if (passage != null) {
            h.open("p").el("a", "Read the passage" + (fact.page() == null ? "" : " (page " + fact.page() + ")"),
                "href", "/reader/" + slug + "#fact-" + fact.key().replace('/', '-').replace('#', '-'),
                "class", "passage").close("p");
        } else if (fact.page() != null) {
            h.open("p").el("a", "Page " + fact.page() + " in the reader", "href", "/reader/" + slug + "#page-" + fact.page(),
                "class", "passage").close("p");
        }
        record(h, fact.record());
        h.close("article");
        return Layout.page(fact.label(), "Reader", h, null);
    }

    /** A JSON record as nested definition lists; nulls and empty lists are left out. */
    static void record(Html h, JsonNode node) {
        if (node.isObject()) {
            h.open("dl", "class", "record");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isNull() || (f.getValue().isContainerNode() && f.getValue().isEmpty())) {
                    continue;
                }
                h.el("dt", f.getKey());
                h.open("dd");
                record(h, f.getValue());
                h.close("dd");
            }
            h.close("dl");
        } else if (node.isArray()) {
            h.open("ul", "class", "record-list");
            for (JsonNode item : node) {
                h.open("li");
                record(h, item);
                h.close("li");
            }
            h.close("ul");
        } else {
            h.text(node.asText());
        }
    }
}
