package org.dossier.pkg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Line;
import org.dossier.model.Manifest;
import org.dossier.model.Place;
import org.dossier.model.Quantity;
import org.dossier.model.Rate;
import org.dossier.model.Relation;
import org.dossier.model.Source;

/**
 * Derives the package format's JSON Schema (draft 2020-12) from the model records and the
 * validator's {@link Rules}, so the schema cannot drift from what the loader accepts.
 */
final class SchemaGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Map<String, Class<?>> FILES = new java.util.LinkedHashMap<>();

    static {
        FILES.put("sources", Source.class);
        FILES.put("actors", Actor.class);
        FILES.put("places", Place.class);
        FILES.put("lines", Line.class);
        FILES.put("agreements", Agreement.class);
        FILES.put("relations", Relation.class);
        FILES.put("events", Event.class);
        FILES.put("claims", Claim.class);
        FILES.put("quantities", Quantity.class);
        FILES.put("rates", Rate.class);
    }

    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Deque<Class<?>> todo = new ArrayDeque<>();

    static ObjectNode schema() {
        return new SchemaGenerator().build();
    }

    private ObjectNode build() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://github.com/dossier/dossier/docs/schema/dossier-package.schema.json");
        root.put("title", "Dossier package file");
        root.put("description", "One file of a dossier package: the manifest dossier.yaml, or one of the kind "
            + "files (sources.yaml … rates.yaml), each a mapping with one key holding a list. Generated from the "
            + "records in org.dossier.model; see docs/package-format.md.");
        ArrayNode oneOf = root.putArray("oneOf");
        oneOf.addObject().put("$ref", "#/$defs/Manifest");
        todo.add(Manifest.class);
        FILES.forEach((key, type) -> {
            ObjectNode file = NODES.objectNode().put("type", "object").put("additionalProperties", false);
            file.put("description", key + ".yaml: a list of " + PackageReader.label(type) + " items");
            file.putArray("required").add(key);
            file.putObject("properties").putObject(key).put("type", "array").putObject("items")
                .put("$ref", "#/$defs/" + type.getSimpleName());
            defs.put("file-" + key, file);
            oneOf.addObject().put("$ref", "#/$defs/file-" + key);
            todo.add(type);
        });
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!defs.containsKey(type.getSimpleName())) {
                defs.put(type.getSimpleName(), type.isEnum() ? enumSchema(type) : recordSchema(type));
            }
        }
        ObjectNode d = root.putObject("$defs");
        defs.forEach(d::set);
        return root;
    }

    private ObjectNode enumSchema(Class<?> type) {
        ObjectNode s = NODES.objectNode().put("type", "string");
        ArrayNode values = s.putArray("enum");
        EnumLabels.all(type).forEach(values::add);
        return s;
    }

    private ObjectNode recordSchema(Class<?> type) {
        ObjectNode s = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        List<String> required = Rules.required(type);
        ArrayNode req = s.putArray("required");
        required.forEach(req::add);
        ObjectNode props = s.putObject("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            String key = type.getSimpleName() + "." + c.getName();
            ObjectNode p = valueSchema(c.getGenericType(), !required.contains(c.getName()));
            if (required.contains(c.getName()) && "array".equals(p.path("type").asText())) {
                p.put("minItems", 1);
            }
            describe(p, key);
            props.set(c.getName(), p);
        }
        return s;
    }

    private static void describe(ObjectNode p, String key) {
        if (Rules.DATES.contains(key)) {
            p.put("description", "an EDTF date (ISO 8601-2 levels 0 and 1)");
        }
        Rules.Ref ref = Rules.REFERENCES.get(key);
        if (ref != null) {
            StringBuilder sb = new StringBuilder("the id of " + String.join(" or ",
                ref.targets().stream().map(t -> t == Rules.Target.PROVISION ? "a provision (agreement-id#provision-id)"
                    : t == Rules.Target.FOOTNOTE ? "a footnote (its label)" : "a " + t.name().toLowerCase()).sorted().toList()));
            if (ref.literal() != null) {
                sb.append(", or the word '").append(ref.literal()).append("'");
            }
            if (ref.edtf()) {
                sb.append(", or an EDTF date");
            }
            if (ref.phrase()) {
                sb.append(", or a phrase (with a space)");
            }
            if (ref.address()) {
                sb.append(", or an address (with ':' or '/')");
            }
            p.put("description", sb.toString());
        }
    }

    private ObjectNode valueSchema(Type type, boolean nullable) {
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            ObjectNode s = NODES.objectNode();
            typed(s, "array", nullable);
            s.set("items", valueSchema(pt.getActualTypeArguments()[0], false));
            return s;
        }
        Class<?> c = (Class<?>) type;
        ObjectNode s = NODES.objectNode();
        if (c == String.class) {
            typed(s, "string", nullable);
        } else if (c == Double.class || c == double.class) {
            typed(s, "number", nullable && !c.isPrimitive());
        } else if (c == Integer.class || c == int.class) {
            typed(s, "integer", nullable && !c.isPrimitive());
        } else if (c == Boolean.class || c == boolean.class) {
            typed(s, "boolean", nullable);
        } else if (c.isEnum() || c.isRecord()) {
            todo.add(c);
            if (nullable) {
                s.putArray("anyOf").add(NODES.objectNode().put("$ref", "#/$defs/" + c.getSimpleName()))
                    .add(NODES.objectNode().put("type", "null"));
            } else {
                s.put("$ref", "#/$defs/" + c.getSimpleName());
            }
        } else {
            throw new IllegalStateException("no schema for " + c);
        }
        return s;
    }

    private static void typed(ObjectNode s, String type, boolean nullable) {
        if (nullable) {
            s.putArray("type").add(type).add("null");
        } else {
            s.put("type", type);
        }
    }

    static Set<String> kinds() {
        return FILES.keySet();
    }
}
