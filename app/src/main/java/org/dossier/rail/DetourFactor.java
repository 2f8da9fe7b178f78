package org.dossier.rail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The factor by which a railway is longer than the great circle between its stations, used to
 * estimate sections no source measures. Calibrated from the package's own sourced spans (median of
 * length ÷ great-circle distance) when there are enough of them, otherwise the straight line (1.0);
 * {@link #basis()} says which, in words every estimate repeats.
 */
public record DetourFactor(double value, String basis) {
    /** Fewer sourced spans than this and a median would say little; fall back to the straight line. */
    static final int MIN_SAMPLES = 3;

    public DetourFactor {
        if (!(value >= 1.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("detour factor must be a finite number >= 1, was " + value);
        }
    }

    public static DetourFactor straightLine() {
        return new DetourFactor(1.0, "straight line (factor 1.0)");
    }

    public static DetourFactor fixed(double value) {
        return new DetourFactor(value, String.format(Locale.ROOT, "factor %.2f given by the caller", value));
    }

    /**
     * The median ratio of sourced length to great-circle distance over {@code ratios}; the straight
     * line when fewer than {@link #MIN_SAMPLES}. A median below 1 (city-level coordinates can put
     * stations further apart than the line) is raised to 1.
     */
    static DetourFactor calibrated(List<Double> ratios) {
        if (ratios.size() < MIN_SAMPLES) {
            return new DetourFactor(1.0, "straight line (factor 1.0): fewer than " + MIN_SAMPLES
                + " sourced spans with coordinates at both ends to calibrate a detour factor");
        }
        List<Double> sorted = new ArrayList<>(ratios);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        if (median < 1.0) {
            return new DetourFactor(1.0, String.format(Locale.ROOT, "straight line (factor 1.0): the median ratio of "
                + "sourced length to great-circle distance over %d sourced spans of this package is %.2f, below 1 "
                + "(coordinates of cities rather than stations)", n, median));
        }
        return new DetourFactor(median, String.format(Locale.ROOT,
            "factor %.2f, the median ratio of sourced length to great-circle distance over %d sourced spans of this package",
            median, n));
    }
}
