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
}
