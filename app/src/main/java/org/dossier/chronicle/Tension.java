package org.dossier.chronicle;

/**
 * A cooperation–conflict series for a pair of actors from the coded events: per period, the sum of
 * the Goldstein weights of the events between them (negative is conflict), with the events behind
 * each point.
 */
public interface Tension {

    /** The series between {@code a} and {@code b} (actor ids; their organs and envoys count for them). */
    TensionSeries series(String a, String b, TensionPeriod by, TensionOptions options);

    /** The series with {@link TensionOptions#standard()}: attributed events counted, no bounds. */
    default TensionSeries series(String a, String b, TensionPeriod by) {
        return series(a, b, by, TensionOptions.standard());
    }
}
