package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
    @TempDir Path dir;

    @Test
    void theServedDocumentDescribesExactlyTheRegisteredApiRoutes() throws Exception {
        try (WebFixture web = new WebFixture(dir, false)) {
            JsonNode doc = WebFixture.JSON.readTree(web.get("/api/openapi.json").body());
            TreeSet<String> documented = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
            }
            assertEquals(new TreeSet<>(web.server.apiRoutes()), documented);
            assertEquals("3.0.3", doc.get("openapi").asText());
        }
    }
}
