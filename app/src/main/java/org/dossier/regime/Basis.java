package org.dossier.regime;

import org.dossier.model.Anchor;

/**
 * One step of a reason: a provision that applies, a relation that reaffirmed or modified it, a
 * succession or acquiescence that made someone a party, a consent that lifted a prohibition. Each
 * carries the agreement and provision it rests on (either may be null for a succession) and the
 * anchor in the report where a reader can check it.
 */
// Nulls are written: agreement, provision and anchor are the fields others build on.
public record Basis(String role, String agreement, String provision, String date, String text, Anchor anchor) {

    public static Basis of(String role, String agreement, String provision, String date, String text, Anchor anchor) {
        return new Basis(role, agreement, provision, date, text, anchor);
    }
}
