package org.dossier.chronicle;

import java.time.LocalDate;

/**
 * How a {@link Tension} series is counted. {@code attributed}: whether events that belong to the pair
 * only through an {@link org.dossier.model.Attribution} (an instigator, a principal behind a proxy, the
 * party an act was aimed at, each as someone claims) count; they are always marked as such.
 * {@code from}/{@code to}: the days the series covers (null for no bound).
 */
public record TensionOptions(boolean attributed, LocalDate from, LocalDate to) {

    public TensionOptions {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the series cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Attributed events counted, no bounds. */
    public static TensionOptions standard() {
        return new TensionOptions(true, null, null);
    }

    public TensionOptions withAttributed(boolean counted) {
        return new TensionOptions(counted, from, to);
    }

    public TensionOptions between(LocalDate start, LocalDate end) {
        return new TensionOptions(attributed, start, end);
    }
}
