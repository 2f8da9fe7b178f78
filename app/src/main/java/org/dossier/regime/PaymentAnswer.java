package org.dossier.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.dossier.model.Anchor;

/**
 * The answer of {@link Payments}. {@code status}: {@code converted}; {@code no-rate} when the regime
 * in force names no figure (the report gives none, and Dossier invents none); {@code no-regime} when
 * no regime covers the kind on the date; {@code indeterminate} when the date straddles the start or
 * end of a regime. {@code amount}/{@code currency} are the result, {@code given} what was paid;
 * {@code rate} is how many units of {@code currency} one unit of the given currency fetched.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentAnswer(String status, BigDecimal amount, String currency, BigDecimal rate, String rateAsStated,
                            String regime, String regimeName, String period, List<String> demandedBy,
                            List<String> agreedBy, Anchor anchor, Money given, String date, List<String> notes,
                            List<String> alternatives) {

    public PaymentAnswer {
        demandedBy = demandedBy == null ? null : List.copyOf(demandedBy);
        agreedBy = agreedBy == null ? null : List.copyOf(agreedBy);
        notes = List.copyOf(notes);
        alternatives = List.copyOf(alternatives);
    }

    public record Money(BigDecimal amount, String currency) {}
}
