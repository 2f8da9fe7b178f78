package org.dossier.model;

import java.util.List;

/**
 * A currency regime for payments in rubles: which payment kinds it covers, over which period
 * (EDTF), who demanded or agreed it, and its rates ({@code unit} such as {@code USD/RUB} or
 * {@code JPY/RUB}). No rates means the report names the regime but gives no figure.
 */
public record Rate(
    String id,
    String name,
    List<PaymentKind> kinds,
    String period,
    List<String> demandedBy,
    List<String> agreedBy,
    String agreement,
    List<Figure> rates,
    Anchor anchor,
    String note) {

    public Rate {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        demandedBy = demandedBy == null ? List.of() : List.copyOf(demandedBy);
        agreedBy = agreedBy == null ? List.of() : List.copyOf(agreedBy);
        rates = rates == null ? List.of() : List.copyOf(rates);
    }
}
