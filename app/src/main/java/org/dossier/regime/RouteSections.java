package org.dossier.regime;

import java.util.List;
import java.util.Optional;

/**
 * Which railway lines (and stretches of them) a trip from one place to another uses on a date:
 * what {@code check --from --to} needs to decide which provisions and which controlling authority
 * apply. A router over the network can implement it; {@link StationRouteSections} is a simple one.
 */
public interface RouteSections {

    /** The legs of a trip from {@code from} to {@code to} (place ids) on {@code date} (EDTF), or empty if none. */
    Optional<List<RouteLeg>> legs(String from, String to, String date);
}
