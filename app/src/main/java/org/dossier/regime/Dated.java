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
record Dated(Relation relation, Optional<Edtf> when, Agreement by, Basis step) {

    Dated(Relation relation, Optional<Edtf> when, Agreement by) {
        this(relation, when, by, stepOf(relation, by));
    }

    /**
     * The step an answer shows when this relation decided it: the object repudiated by, acquiesced in by,
     * reaffirmed by or kept in force by the subject; null for the kinds whose step depends on the question.
     */
    private static Basis stepOf(Relation r, Agreement by) {
        if (r.subject() == null || r.object() == null) {
            return null;
        }
        String object = Regime.agreementOf(r.object());
        String provision = r.object().contains("#") ? r.object() : null;
        String fromProvision = r.subject().contains("#") ? r.subject() : null;
        return switch (r.type()) {
            case REPUDIATES -> Basis.of("repudiated", object, provision, r.date(), "repudiated by " + r.subject(), r.anchor());
            case ACQUIESCES_IN -> Basis.of("acquiesced", object, provision, r.date(), r.subject() + " acquiesces in it", r.anchor());
            case REAFFIRMS -> by == null ? null
                : Basis.of("reaffirmed", by.id(), fromProvision, r.date(), "reaffirmed by " + r.subject(), r.anchor());
            case REMAINS_IN_FORCE_PENDING -> by == null ? null : Basis.of("remains-in-force-pending", by.id(), fromProvision, r.date(),
                "remains in force by " + r.subject() + (r.pending() == null ? "" : ", pending " + r.pending()), r.anchor());
            default -> null;
        };
    }

    /** Whether it had surely taken effect on {@code day}; {@code undated} answers when nothing dates it. */
    boolean took(Edtf day, boolean undated) {
        return when.map(d -> Within.of(day, d) == Within.AFTER).orElse(undated);
    }
}
