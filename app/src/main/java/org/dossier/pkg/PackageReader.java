package org.dossier.pkg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Claim;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Line;
import org.dossier.model.Manifest;
import org.dossier.model.Place;
import org.dossier.model.Quantity;
import org.dossier.model.Rate;
import org.dossier.model.Relation;
import org.dossier.model.Source;

/**
 * Reads the files of a package into records with Jackson's streaming parser, so that every item,
 * every unknown field and every malformed value is reported with its file and line. A malformed
 * item is skipped and reading goes on, so that one pass reports every problem.
 */
final class PackageReader {
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder(
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());

    private final PackageFiles files;
    private final List<PackageIssue> issues;
    private final Origins origins = new Origins();
    private final Set<String> incomplete = new HashSet<>();

    PackageReader(PackageFiles files, List<PackageIssue> issues) {
        this.files = files;
        this.issues = issues;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().setDeserializerModifier(new LocatingDeserializers()));
    }

    Origins origins() {
        return origins;
    }

    /** The kinds (file stems) some items of which could not be read: references to them prove nothing. */
    Set<String> incomplete() {
        return incomplete;
    }

    /** Reads the manifest and every kind file; empty when the manifest itself is missing or unreadable. */
    Optional<DossierPackage> read() {
        Optional<Manifest> manifest = readManifest();
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        reportUnknownFiles();
        return Optional.of(new DossierPackage(manifest.get(),
            list("sources", Source.class), list("actors", Actor.class), list("places", Place.class),
            list("lines", Line.class), list("agreements", Agreement.class), list("relations", Relation.class),
            list("events", Event.class), list("claims", Claim.class), list("quantities", Quantity.class),
            list("rates", Rate.class)));
    }

    private Optional<Manifest> readManifest() {
        String file = PackageFiles.MANIFEST;
        Optional<byte[]> bytes = files.read(file);
        if (bytes.isEmpty()) {
            issues.add(new PackageIssue(file, 0, "missing: a package needs a dossier.yaml manifest"));
            return Optional.empty();
        }
        try (JsonParser p = YAML.createParser(bytes.get())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                issues.add(new PackageIssue(file, line(p.currentTokenLocation()), "expected a mapping of manifest fields"));
                return Optional.empty();
            }
            return Optional.ofNullable(reader(YAML, file).readValue(p, Manifest.class));
        } catch (JsonMappingException e) {
            issues.add(new PackageIssue(file, line(e.getLocation()), describe(e)));
        } catch (JsonProcessingException e) {
            issues.add(new PackageIssue(file, line(e.getLocation()), malformed(e)));
        } catch (IOException e) {
            issues.add(new PackageIssue(file, 0, "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private void reportUnknownFiles() {
        for (String name : files.list()) {
            int dot = name.lastIndexOf('.');
            if (dot < 0 || name.equals(PackageFiles.MANIFEST)) {
                continue;
            }
            String stem = name.substring(0, dot);
            String ext = name.substring(dot);
            if (PackageFiles.EXTENSIONS.contains(ext) && !PackageFiles.KINDS.contains(stem)) {
                issues.add(new PackageIssue(name, 0, "unknown file: a package holds "
                    + String.join(", ", PackageFiles.KINDS) + " (.yaml, .yml or .json)"));
            }
        }
    }

    private <T> List<T> list(String key, Class<T> type) {
        List<String> present = new ArrayList<>();
        Optional<byte[]> bytes = Optional.empty();
        String file = null;
        for (String ext : PackageFiles.EXTENSIONS) {
            Optional<byte[]> b = files.read(key + ext);
            if (b.isPresent()) {
                present.add(key + ext);
                if (bytes.isEmpty()) {
                    bytes = b;
                    file = key + ext;
                }
            }
        }
        if (present.size() > 1) {
            issues.add(new PackageIssue(present.get(1), 0, "two files for " + key + ": " + String.join(" and ", present)));
        }
        if (bytes.isEmpty()) {
            return List.of();
        }
        int before = issues.size();
        List<T> items = readList(file, bytes.get(), key, type);
        if (issues.size() > before) {
            incomplete.add(key);
        }
        return items;
    }

    private <T> List<T> readList(String file, byte[] bytes, String key, Class<T> type) {
        ObjectMapper mapper = file.endsWith(".json") ? JSON : YAML;
        ObjectReader reader = reader(mapper, file);
        List<T> items = new ArrayList<>();
        try (JsonParser p = mapper.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return items;
            }
            if (first != JsonToken.START_OBJECT) {
                issues.add(new PackageIssue(file, line(p.currentTokenLocation()),
                    "expected a mapping with the key '" + key + ":' holding a list"));
                return items;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int at = line(p.currentTokenLocation());
                JsonToken value = p.nextToken();
                if (!name.equals(key)) {
                    issues.add(new PackageIssue(file, at, "unknown key '" + name + "': this file holds '" + key + ":'"));
                    p.skipChildren();
                } else if (value == JsonToken.START_ARRAY) {
                    readItems(p, reader, file, type, items, new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
                } else if (value != JsonToken.VALUE_NULL) {
                    issues.add(new PackageIssue(file, at, "'" + key + ":' must hold a list"));
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            issues.add(new PackageIssue(file, line(e.getLocation()), malformed(e)));
        } catch (IOException e) {
            issues.add(new PackageIssue(file, 0, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (!thrownByYamlEngine(e)) {
                throw e;
            }
            // SnakeYAML's scanner itself breaks on some damage (an unclosed quote inside a flow
            // list, "aliases: ['U.S.S.R.]"): still a malformed file, not a crash
            issues.add(new PackageIssue(file, 0, "malformed YAML: the parser gave up ("
                + e.getClass().getSimpleName() + "); look for an unclosed quote or bracket"));
        }
        return items;
    }

    private static boolean thrownByYamlEngine(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.yaml.snakeyaml.")) {
                return true;
            }
            if (frame.getClassName().startsWith("org.dossier.")) {
                return false; // our own code threw first: a bug to see, not a file to blame
            }
        }
        return false;
    }

    private <T> void readItems(JsonParser p, ObjectReader reader, String file, Class<T> type, List<T> items,
                               String[] text) throws IOException {
        int listDepth = p.getParsingContext().getNestingDepth();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                issues.add(new PackageIssue(file, line(p.currentTokenLocation()),
                    "expected an item (a mapping of fields), found " + describe(t)));
                p.skipChildren();
                continue;
            }
            int itemLine = line(p.currentTokenLocation());
            try {
                items.add(reader.readValue(p, type));
            } catch (JsonMappingException e) {
                int at = e.getLocation() == null ? itemLine : line(e.getLocation());
                if (e instanceof UnrecognizedPropertyException u) {
                    at = fieldLine(text, u.getPropertyName(), itemLine, at);
                }
                issues.add(new PackageIssue(file, at, describe(e)));
                // Skip what is left of the broken item, back to the list it stands in.
                while (p.getParsingContext().getNestingDepth() > listDepth && p.nextToken() != null) {
                    // skipping
                }
            }
        }
    }

    /**
     * The line of an unknown field: Jackson reports where it noticed, which for records can be the
     * end of the item, so look back from there to the nearest line naming the field as a key.
     */
    private static int fieldLine(String[] text, String field, int from, int noticed) {
        Pattern key = Pattern.compile("(^|[{,\\s-])[\"']?" + Pattern.quote(field) + "[\"']?\\s*:");
        for (int line = Math.min(noticed, text.length); line >= Math.max(1, from); line--) {
            if (key.matcher(text[line - 1]).find()) {
                return line;
            }
        }
        return noticed;
    }

    private ObjectReader reader(ObjectMapper mapper, String file) {
        return mapper.reader().withAttribute(Origins.Sink.class, origins.sink(file));
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "an empty value";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** A one-line message for a value that did not fit its record. */
    static String describe(JsonMappingException e) {
        String where = path(e);
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "' in " + label(u.getReferringClass())
                + (known.isEmpty() ? "" : " (known fields: " + known + ")");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "invalid value '" + f.getValue() + "' for '" + where + "' (expected one of: "
                + String.join(", ", EnumLabels.all(f.getTargetType())) + ")";
        }
        String why = firstLine(e.getOriginalMessage());
        return where.isEmpty() ? "malformed value: " + why : "malformed value for '" + where + "': " + why;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String malformed(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y) {
            String context = y.getContext() == null || y.getContextMark() == null ? ""
                : " (" + y.getContext().strip() + " from line " + (y.getContextMark().getLine() + 1) + ")";
            return "malformed YAML: " + firstLine(y.getProblem()) + context;
        }
        return "malformed file: " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable value";
        }
        String one = s.strip().replaceAll("\\s*\\n\\s*", " ");
        int cut = one.indexOf(" at [Source");
        one = cut > 0 ? one.substring(0, cut) : one;
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }

    static String label(Class<?> type) {
        return type == null ? "item" : type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
