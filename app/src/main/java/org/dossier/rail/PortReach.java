package org.dossier.rail;

import java.util.Optional;

/**
 * How a port is reached from a station: over open lines ({@code open}) and, when projected lines were
 * asked for, over open and projected lines ({@code withProjected}); null where no route exists or none
 * was asked.
 */
public record PortReach(String port, Route open, Route withProjected) {
    /** The route that answers the question asked: with projected lines if they were asked for. */
    public Optional<Route> best() {
        return Optional.ofNullable(withProjected != null ? withProjected : open);
    }

    /** How much the projected lines shorten (negative) the way to the port, when both routes exist. */
    public Optional<Double> changeKm() {
        return open == null || withProjected == null ? Optional.empty()
            : Optional.of(withProjected.km() - open.km());
    }
}
