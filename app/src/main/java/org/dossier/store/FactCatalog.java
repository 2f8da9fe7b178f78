package org.dossier.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Anchor;
import org.dossier.model.DossierPackage;

/**
 * The facts of a package as the store indexes them and the web shows them: every actor, place,
 * line, agreement, provision, relation, event, claim, quantity, rate and source, each with its kind,
 * id, a label, its record as JSON and the anchors it carries. Built from the records' JSON so that
 * a component added to a record is searched without changes here.
 */
public final class FactCatalog {
    private static final List<String> LABEL_FIELDS = List.of("name", "title", "statement", "action", "measures", "exact");
    private static final Map<String, String> KINDS = Map.ofEntries(
        Map.entry("sources", "source"), Map.entry("actors", "actor"), Map.entry("places", "place"),
        Map.entry("lines", "line"), Map.entry("agreements", "agreement"), Map.entry("relations", "relation"),
        Map.entry("events", "event"), Map.entry("claims", "claim"), Map.entry("quantities", "quantity"),
        Map.entry("rates", "rate"));

    private final Map<String, Fact> byKey = new LinkedHashMap<>();

    /** One fact: {@code kind/id} is its key; {@code anchors} those in the record, outermost first. */
    public record Fact(String kind, String id, String label, JsonNode record, List<Anchor> anchors) {
        public Fact {
            anchors = List.copyOf(anchors);
        }

        public String key() {
            return kind + "/" + id;
        }

        /** The printed page of its first anchor that gives one, or null. */
        public Integer page() {
            return anchors.stream().map(Anchor::page).filter(p -> p != null).findFirst().orElse(null);
        }
    }

    private FactCatalog(DossierPackage pkg) {
        JsonNode tree = Store.JSON.valueToTree(pkg);
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String kind = KINDS.get(field.getKey());
            if (kind == null || !field.getValue().isArray()) {
                continue;
            }
            for (JsonNode item : field.getValue()) {
                add(kind, item.path("id").asText(null), item);
                if (kind.equals("agreement")) {
                    for (JsonNode p : item.path("provisions")) {
                        add("provision", item.path("id").asText() + "#" + p.path("id").asText(), p);
                    }
                }
            }
        }
    }

    public static FactCatalog of(DossierPackage pkg) {
        return new FactCatalog(pkg);
    }

    public List<Fact> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Fact> find(String kind, String id) {
        return Optional.ofNullable(byKey.get(kind + "/" + id));
    }

    /** The facts as search-index rows: label, and every text value of the record. */
    public List<Submission.FactEntry> entries() {
        List<Submission.FactEntry> out = new ArrayList<>();
        for (Fact f : byKey.values()) {
            StringBuilder body = new StringBuilder();
            texts(f.record(), body);
            out.add(new Submission.FactEntry(f.kind(), f.id(), f.label(), body.toString().strip(), f.page()));
        }
        return out;
    }

    private void add(String kind, String id, JsonNode item) {
        if (id == null || id.isBlank()) {
            return;
        }
        // An agreement's own anchors, not its provisions': those are facts of their own.
        JsonNode own = kind.equals("agreement") && item.isObject() ? stripped(item) : item;
        List<Anchor> anchors = new ArrayList<>();
        anchors(own, anchors);
        byKey.put(kind + "/" + id, new Fact(kind, id, label(item, id), item, anchors));
    }

    private static JsonNode stripped(JsonNode agreement) {
        ObjectNode copy = agreement.deepCopy();
        copy.remove("provisions");
        return copy;
    }

    private static String label(JsonNode item, String id) {
        for (String field : LABEL_FIELDS) {
            JsonNode v = item.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return id;
    }

    private static void anchors(JsonNode node, List<Anchor> out) {
        if (node.isArray()) {
            node.forEach(n -> anchors(n, out));
        } else if (node.isObject()) {
            if (node.has("exact") && node.get("exact").isTextual()) {
                out.add(Store.JSON.convertValue(node, Anchor.class));
                return;
            }
            node.forEach(n -> anchors(n, out));
        }
    }

    private static void texts(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append(' ');
        } else if (node.isContainerNode()) {
            node.forEach(n -> texts(n, out));
        }
    }
}
