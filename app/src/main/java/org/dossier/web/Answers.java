package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import org.dossier.pkg.ResolvedAnchor;

/**
 * Renders an engine's answer as HTML, field by field, as its JSON view has it: the same fields
 * as the CLI's {@code --format json}. Quotes (anchors) become links to their passage in the reader.
 */
final class Answers {
    private static final ObjectMapper JSON = WebServer.JSON;

    /** Links a quoted text to its passage in the reader of the modelled document. */
    record Quotes(String slug, Highlights highlights) {
        String href(JsonNode anchor) {
            ResolvedAnchor r = highlights.quoted(anchor.path("exact").asText(null));
            if (r != null) {
                return "/reader/" + slug + (r.footnote() ? "#note-" : "#para-") + r.unit();
            }
            return anchor.hasNonNull("page") ? "/reader/" + slug + "#page-" + anchor.get("page").asInt() : null;
        }

        static Quotes of(Model model, String slug) {
            return new Quotes(slug, model.highlights());
        }
    }

    private Answers() {}

    static void render(Html h, String title, Object answer, Quotes quotes) {
        h.open("section", "class", "answer", "id", "answer");
        h.el("h2", title);
        RouteSummary.render(h, answer);
        node(h, JSON.valueToTree(answer), quotes);
        h.close("section");
    }

    private static void node(Html h, JsonNode node, Quotes quotes) {
        if (node.isObject() && node.has("exact") && node.get("exact").isTextual()) {
            quote(h, node, quotes);
        } else if (node.isObject()) {
            h.open("dl", "class", "record");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                if (v.isNull() || (v.isContainerNode() && v.isEmpty())) {
                    continue;
                }
                h.el("dt", f.getKey());
                h.open("dd", "class", "field-" + f.getKey());
                node(h, v, quotes);
                h.close("dd");
            }
            h.close("dl");
        } else if (node.isArray()) {
            h.open("ol", "class", "record-list");
            for (JsonNode item : node) {
                h.open("li");
                node(h, item, quotes);
                h.close("li");
            }
            h.close("ol");
        } else if (node.isBigDecimal()) {
            h.text(node.decimalValue().toPlainString());
        } else {
            h.text(node.asText());
        }
    }

    private static void quote(Html h, JsonNode anchor, Quotes quotes) {
        h.open("span", "class", "quote").text("“" + anchor.get("exact").asText() + "”").close("span");
        String href = quotes == null ? null : quotes.href(anchor);
        if (href != null) {
            h.text(" ").el("a", anchor.hasNonNull("page") ? "p. " + anchor.get("page").asInt() : "passage",
                "href", href, "class", "anchor-link");
        }
    }
}
