package org.dossier.regime;

import java.util.List;
import java.util.Objects;
import org.dossier.model.ActionKind;

/**
 * What {@code dossier check} asks: may {@code actor} do {@code action} on {@code date} (EDTF), on a
 * trip {@code from}–{@code to} or {@code at} a place (ids; null when not given), with the consent of
 * {@code consents} (actor ids)?
 */
public record Question(String actor, ActionKind action, String from, String to, String at, String date,
                       List<String> consents) {

    public Question {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(date, "date");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a trip needs both from and to");
        }
        consents = consents == null ? List.of() : List.copyOf(consents);
    }
}
