package org.dossier.regime;

import java.util.List;
import org.dossier.model.Control;

/**
 * A stretch of a trip on one line: its stations in travel order and who controlled, owned or
 * operated the line on the date of the trip.
 */
public record RouteLeg(String line, String from, String to, List<String> stations, List<Control> controlledBy) {

    public RouteLeg {
        stations = List.copyOf(stations);
        controlledBy = List.copyOf(controlledBy);
    }
}
