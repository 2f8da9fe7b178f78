package org.dossier.rail;

/** A change of track gauge at {@code station} between two consecutive legs of a route. */
public record GaugeBreak(String station, String fromLine, int fromGaugeMm, String toLine, int toGaugeMm) {}
