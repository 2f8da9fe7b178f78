package org.dossier.pkg.views;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of item {@code dossier facts} lists. */
public enum FactKind {
    SOURCE, ACTOR, PLACE, LINE, AGREEMENT, RELATION, EVENT, CLAIM, QUANTITY, RATE;

    /** The kind as written in views and on the command line: {@code agreement}, {@code event} … */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
