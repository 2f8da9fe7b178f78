package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The map's frame, projection and base layers: land and borders cut from Natural Earth (see
 * {@code scripts/map/basemap.js}, which records the source and licence in the resource). An
 * equirectangular projection scaled by the cosine of the frame's middle latitude keeps shapes
 * recognisable at these latitudes.
 */
final class Basemap {
    static final double PIXELS_PER_DEGREE = 30;

    private final JsonNode data;
    private final double west;
    private final double north;
    private final double xScale;
    private final double width;
    private final double height;

    private Basemap(JsonNode data) {
        this.data = data;
        JsonNode f = data.get("frame");
        west = f.get("west").asDouble();
        north = f.get("north").asDouble();
        double south = f.get("south").asDouble();
        xScale = Math.cos(Math.toRadians((north + south) / 2));
        width = (f.get("east").asDouble() - west) * xScale * PIXELS_PER_DEGREE;
        height = (north - south) * PIXELS_PER_DEGREE;
    }

    static Basemap load() {
        try {
            return new Basemap(new ObjectMapper().readTree(StaticFiles.resource("/web/map/basemap.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double x(double lon) {
        return round((lon - west) * xScale * PIXELS_PER_DEGREE);
    }

    double y(double lat) {
        return round((north - lat) * PIXELS_PER_DEGREE);
    }

    double width() {
        return round(width);
    }

    double height() {
        return round(height);
    }

    String source() {
        return data.get("source").asText() + ". " + data.get("licence").asText() + ".";
    }

    /** SVG path data of the land polygons (closed) or the borders (open). */
    String path(String layer) {
        StringBuilder d = new StringBuilder();
        boolean closed = layer.equals("land");
        for (JsonNode ring : data.get(layer)) {
            for (int i = 0; i < ring.size(); i++) {
                d.append(i == 0 ? 'M' : 'L').append(x(ring.get(i).get(0).asDouble())).append(',')
                    .append(y(ring.get(i).get(1).asDouble()));
            }
            if (closed) {
                d.append('Z');
            }
        }
        return d.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
