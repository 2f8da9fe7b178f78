package org.dossier.rail;

import java.util.Objects;
import org.dossier.model.Figure;
import org.dossier.model.LineStatus;

/**
 * One section of one line between two adjacent stations of the network (place ids), with its length
 * as a {@link Figure} in km and where that length comes from. Tracks are the network's edges; as
 * JGraphT expects of edge objects they are compared by identity, so two lines over the same pair of
 * stations stay two tracks.
 */
public final class Track {
    private final String line;
    private final String from;
    private final String to;
    private final Figure length;
    private final LengthBasis basis;
    private final Integer gaugeMm;
    private final LineStatus status;

    Track(String line, String from, String to, Figure length, LengthBasis basis, Integer gaugeMm, LineStatus status) {
        this.line = Objects.requireNonNull(line, "line");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.length = length;
        this.basis = Objects.requireNonNull(basis, "basis");
        this.gaugeMm = gaugeMm;
        this.status = Objects.requireNonNull(status, "status");
        if (basis != LengthBasis.UNKNOWN && (length == null || length.value() == null || length.value() < 0)) {
            throw new IllegalArgumentException("track " + from + "-" + to + " of line " + line
                + ": a known length must be a number of km >= 0");
        }
    }

    /** The id of the line this track belongs to. */
    public String line() { return line; }
    public String from() { return from; }
    public String to() { return to; }
    /** The length in km with its source, anchor or estimate note; null when {@link #basis()} is UNKNOWN. */
    public Figure length() { return length; }
    public LengthBasis basis() { return basis; }
    /** Track gauge in mm, or null when no source gives it. */
    public Integer gaugeMm() { return gaugeMm; }
    public LineStatus status() { return status; }

    /** Length in km; NaN when unknown. */
    public double km() {
        return length == null ? Double.NaN : length.value();
    }

    /** True unless a source gives this exact section's length: derived and estimated figures both count. */
    public boolean isEstimated() {
        return length != null && length.estimated();
    }

    /** The end of this track that is not {@code station}. */
    public String opposite(String station) {
        return from.equals(station) ? to : from;
    }

    @Override
    public String toString() {
        return line + ":" + from + "-" + to;
    }
}
