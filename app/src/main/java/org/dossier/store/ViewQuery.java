package org.dossier.store;

import java.time.LocalDate;
import org.dossier.pkg.views.FactKind;

/**
 * What to ask of the views of every stored document. Events: those that may fall between
 * {@code from} and {@code to}; with {@code actor} (an id), those it takes part in (actor, target,
 * claimant). Facts: of {@code kind} when given. Both: with {@code about} (an id of any kind), only
 * items about it. Any component may be null.
 */
public record ViewQuery(LocalDate from, LocalDate to, String actor, String about, FactKind kind) {
    public static ViewQuery all() {
        return new ViewQuery(null, null, null, null, null);
    }
}
