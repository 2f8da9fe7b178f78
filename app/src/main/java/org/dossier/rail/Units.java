package org.dossier.rail;

import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Figure;

/** Converts a length {@link Figure} to kilometres, saying so when it was given in another unit. */
final class Units {
    static final double KM_PER_MILE = 1.609344;
    /** The Russian verst, 500 sazhen = 1.0668 km. */
    static final double KM_PER_VERST = 1.0668;

    private Units() {}

    /** A length in km with the note that explains a conversion (null when none was needed). */
    record Km(double value, String conversion) {}

    /** Empty when the figure has no value; throws for a unit we do not know, so the caller can record it. */
    static Optional<Km> toKm(Figure f) {
        if (f == null || f.value() == null) {
            return Optional.empty();
        }
        String unit = f.unit() == null ? "km" : f.unit().trim().toLowerCase(Locale.ROOT);
        double v = f.value();
        return Optional.of(switch (unit) {
            case "km", "kilometre", "kilometres", "kilometer", "kilometers" -> new Km(v, null);
            case "mi", "mile", "miles" -> new Km(v * KM_PER_MILE,
                "converted from " + plain(v) + " miles at 1.609344 km to the mile");
            case "verst", "versts" -> new Km(v * KM_PER_VERST,
                "converted from " + plain(v) + " versts at 1.0668 km to the verst");
            default -> throw new IllegalArgumentException("unknown length unit '" + f.unit() + "'");
        });
    }

    static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
