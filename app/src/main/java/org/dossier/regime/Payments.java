package org.dossier.regime;

import java.math.BigDecimal;
import org.dossier.model.PaymentKind;

/** Converts a payment under the currency regime in force for its kind on its date. */
public interface Payments {

    /**
     * {@code amount} in {@code currency} (RUB, USD, JPY), paid as {@code kind} on {@code date} (EDTF),
     * converted to {@code to} (null: the regime's first rate), with the regime and its anchor.
     */
    PaymentAnswer convert(BigDecimal amount, String currency, PaymentKind kind, String date, String to);
}
