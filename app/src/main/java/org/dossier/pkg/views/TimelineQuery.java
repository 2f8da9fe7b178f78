package org.dossier.pkg.views;

import java.time.LocalDate;

/**
 * Which events a timeline shows: those that may fall between {@code from} and {@code to} (either
 * may be null for no bound); when {@code actor} (an id) is given, only those it takes part in as
 * actor, target or claimant; when {@code about} (an id of any kind) is given, only those about it
 * (see {@link Mentions}).
 */
public record TimelineQuery(LocalDate from, LocalDate to, String actor, String about) {
    public TimelineQuery(LocalDate from, LocalDate to, String actor) {
        this(from, to, actor, null);
    }

    public static TimelineQuery all() {
        return new TimelineQuery(null, null, null, null);
    }
}
