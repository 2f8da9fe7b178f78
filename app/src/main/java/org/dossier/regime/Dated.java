package org.dossier.regime;

import java.util.Optional;
import org.dossier.model.Agreement;
import org.dossier.model.Relation;
import org.dossier.time.Edtf;

/**
 * A relation with what every question needs of it, worked out once at load: {@code when} it took effect
 * (its own date, else the entry into force of the agreement it comes from, else, for an actor's undated
 * act, from when the actor existed) and the agreement {@code by} it comes from (null for an actor's act).
 */
record Dated(Relation relation, Optional<Edtf> when, Agreement by) {

    /** Whether it had surely taken effect on {@code day}; {@code undated} answers when nothing dates it. */
    boolean took(Edtf day, boolean undated) {
        return when.map(d -> Within.of(day, d) == Within.AFTER).orElse(undated);
    }
}
