package org.dossier.pkg.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Place;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.EnumLabels;

/**
 * Exports places (points) and railway lines (line strings through their located stations, in
 * order) as a GeoJSON FeatureCollection. Every line says its {@code status} and whether it was only
 * {@code projected}; a line with fewer than two located stations has no geometry, and stations
 * without coordinates are listed as {@code unlocatedStations}.
 */
public final class GeoJsonExport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJsonExport() {}

    public static ObjectNode of(Dossier dossier) {
        ObjectNode fc = NODES.objectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Place p : dossier.pkg().places()) {
            if (p.coordinates() != null) {
                features.add(place(p));
            }
        }
        for (Line l : dossier.pkg().lines()) {
            features.add(line(dossier, l));
        }
        return fc;
    }

    private static ObjectNode place(Place p) {
        ObjectNode f = NODES.objectNode().put("type", "Feature").put("id", p.id());
        ObjectNode g = f.putObject("geometry").put("type", "Point");
        g.putArray("coordinates").add(p.coordinates().lon()).add(p.coordinates().lat());
        ObjectNode props = f.putObject("properties").put("kind", "place").put("id", p.id()).put("name", p.name());
        if (p.kind() != null) {
            props.put("placeKind", EnumLabels.of(p.kind()));
        }
        props.put("modernName", p.modernName());
        props.put("precision", p.coordinates().precision());
        props.put("coordinatesSource", p.coordinates().source());
        if (p.wikidata() != null) {
            props.put("wikidata", p.wikidata().value());
        }
        return f;
    }

    private static ObjectNode line(Dossier dossier, Line l) {
        ObjectNode f = NODES.objectNode().put("type", "Feature").put("id", l.id());
        List<double[]> points = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (String station : l.stations()) {
            Optional<Place> p = dossier.names().findPlace(station).filter(pl -> pl.coordinates() != null);
            if (p.isPresent()) {
                points.add(new double[] {p.get().coordinates().lon(), p.get().coordinates().lat()});
            } else {
                unlocated.add(station);
            }
        }
        if (points.size() >= 2) {
            ArrayNode coords = f.putObject("geometry").put("type", "LineString").putArray("coordinates");
            points.forEach(pt -> coords.addArray().add(pt[0]).add(pt[1]));
        } else {
            f.putNull("geometry");
        }
        ObjectNode props = f.putObject("properties").put("kind", "line").put("id", l.id()).put("name", l.name());
        props.put("status", l.status() == null ? null : EnumLabels.of(l.status()));
        props.put("projected", l.status() == LineStatus.PROJECTED);
        props.put("partOf", l.partOf());
        props.put("owner", l.owner());
        if (l.lengthKm() != null && l.lengthKm().value() != null) {
            props.put("lengthKm", l.lengthKm().value());
        }
        ArrayNode stations = props.putArray("stations");
        l.stations().forEach(stations::add);
        ArrayNode missing = props.putArray("unlocatedStations");
        unlocated.forEach(missing::add);
        return f;
    }
}
