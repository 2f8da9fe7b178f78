package org.dossier.model;

import java.util.List;

/**
 * A treaty, convention, protocol, contract or other agreement. Dates are EDTF. {@code inForceFrom}
 * defaults to {@code signed}; {@code inForceUntil} is null when the report gives no end;
 * {@code term} is its stated duration ("for a term of eight years").
 */
public record Agreement(
    String id,
    String name,
    List<String> aliases,
    AgreementKind kind,
    List<String> parties,
    String place,
    String signed,
    String inForceFrom,
    String inForceUntil,
    Figure term,
    AgreementStatus status,
    boolean secret,
    String partOf,
    List<Provision> provisions,
    List<String> citedIn,
    List<Anchor> anchors,
    String note) {

    public Agreement {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        parties = parties == null ? List.of() : List.copyOf(parties);
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        citedIn = citedIn == null ? List.of() : List.copyOf(citedIn);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }
}
