package org.dossier.rail;

import java.util.List;

/** One track of a route, in the direction travelled, with who held it on the asked date. */
public record Leg(String from, String to, Track track, List<ControlClaim> controlledBy) {
    public Leg {
        controlledBy = List.copyOf(controlledBy);
    }

    public String line() {
        return track.line();
    }

    public double km() {
        return track.km();
    }
}
