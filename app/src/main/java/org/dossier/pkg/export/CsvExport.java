package org.dossier.pkg.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Claim;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Line;
import org.dossier.model.Place;
import org.dossier.model.Quantity;
import org.dossier.model.Rate;
import org.dossier.model.Relation;
import org.dossier.model.Source;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.views.Figures;

/**
 * Exports a package as one CSV per kind ({@code events.csv} …): one column per record component,
 * lists of words joined with "; ", nested values (anchors, provisions, figures) as compact JSON.
 */
public final class CsvExport {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Receives one exported file: its name and bytes. */
    public interface Sink {
        void file(String name, byte[] bytes);
    }

    private CsvExport() {}

    public static void write(Dossier dossier, Sink sink) {
        DossierPackage p = dossier.pkg();
        Map<String, List<? extends Record>> kinds = new LinkedHashMap<>();
        kinds.put("sources", p.sources());
        kinds.put("actors", p.actors());
        kinds.put("places", p.places());
        kinds.put("lines", p.lines());
        kinds.put("agreements", p.agreements());
        kinds.put("relations", p.relations());
        kinds.put("events", p.events());
        kinds.put("claims", p.claims());
        kinds.put("quantities", p.quantities());
        kinds.put("rates", p.rates());
        Map<String, Class<?>> types = Map.of("sources", Source.class, "actors", Actor.class, "places", Place.class,
            "lines", Line.class, "agreements", Agreement.class, "relations", Relation.class, "events", Event.class,
            "claims", Claim.class, "quantities", Quantity.class, "rates", Rate.class);
        kinds.forEach((name, items) -> sink.file(name + ".csv", table(types.get(name), items)));
    }

    private static byte[] table(Class<?> type, List<? extends Record> items) {
        List<String> columns = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        StringBuilder out = new StringBuilder(Csv.row(columns));
        for (Record item : items) {
            Map<?, ?> values = JSON.convertValue(item, Map.class);
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                row.add(cell(values.get(c)));
            }
            out.append(Csv.row(row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list && list.stream().allMatch(e -> e instanceof String)) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a value read from JSON writes back as JSON", e);
            }
        }
        if (v instanceof Double d) {
            return Figures.number(d);
        }
        return String.valueOf(v);
    }
}
