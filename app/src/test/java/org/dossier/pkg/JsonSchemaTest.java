package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema in docs/ is the one derived from the records. Regenerate it after changing a
 * record or a rule: {@code mvn -pl app test -Dtest=JsonSchemaTest -Dschema.write=true}.
 */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path FILE = Path.of("..", "docs", "schema", "dossier-package.schema.json");

    @Test
    void theSchemaInDocsIsTheOneDerivedFromTheRecords() throws IOException {
        String generated = JSON.writeValueAsString(SchemaGenerator.schema()) + "\n";
        if (Boolean.getBoolean("schema.write")) {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, generated);
        }
        assertTrue(Files.exists(FILE), "missing " + FILE.toAbsolutePath() + ": regenerate with -Dschema.write=true");
        assertEquals(generated, Files.readString(FILE),
            "docs/schema is stale: regenerate with -Dtest=JsonSchemaTest -Dschema.write=true");
    }

    @Test
    void everyRecordComponentIsAPropertyOfItsSchemaAndNothingElse() throws IOException {
        JsonNode defs = JSON.readTree(FILE.toFile()).get("$defs");
        List<String> checked = new ArrayList<>();
        defs.fieldNames().forEachRemaining(name -> {
            JsonNode def = defs.get(name);
            if (!def.has("properties") || name.startsWith("file-")) {
                return;
            }
            Class<?> type;
            try {
                type = Class.forName("org.dossier.model." + name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("schema defines " + name + ", which is no model record");
            }
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(components, properties, name);
            checked.add(name);
        });
        assertTrue(checked.containsAll(List.of("Event", "Anchor", "Provision", "Condition", "Figure", "Manifest")),
            checked.toString());
    }

    @Test
    void theFixturePackageConformsToTheSchema() throws IOException {
        assertConforms(Fixtures.packageDir("tiny"));
    }

    @Test
    void theBundledPackageConformsToTheSchema() throws Exception {
        java.net.URL manifest = getClass().getClassLoader().getResource(Dossier.BUNDLED + "/dossier.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(manifest != null && manifest.getProtocol().equals("file"),
            "the bundled package is not on this branch");
        assertConforms(Path.of(manifest.toURI()).getParent());
    }

    @Test
    void theSchemaRejectsUnknownFieldsMissingIdsAndUnknownEnumValues() throws IOException {
        JsonNode bad = new YAMLMapper().readTree("""
            events:
              - {date: "1932", actors: [japan], action: protest, colour: red}
              - {id: e2, date: "1932", actors: [japan], action: protest, provisions: [{provision: "a#b", use: cites}]}
            """);
        List<String> messages = schema().validate(bad).stream().map(ValidationMessage::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("colour")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("id")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("cites") || m.contains("enum")), messages.toString());
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(FILE.toFile()));
    }

    private static void assertConforms(Path dir) throws IOException {
        JsonSchema schema = schema();
        ObjectMapper yaml = new YAMLMapper();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            for (ValidationMessage m : schema.validate(yaml.readTree(f.toFile()))) {
                problems.add(f.getFileName() + ": " + m.getMessage());
            }
        }
        assertTrue(files.size() > 1, "no files in " + dir);
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }
}
