package org.dossier.pkg.views;

import java.time.LocalDate;

/**
 * Which events a timeline shows: those that may fall between {@code from} and {@code to} (either
 * may be null for no bound) and, when {@code actor} (an id) is given, only those it takes part in
 * as actor, target or claimant.
 */
public record TimelineQuery(LocalDate from, LocalDate to, String actor) {
    public static TimelineQuery all() {
        return new TimelineQuery(null, null, null);
    }
}
