package org.dossier.pkg.views;

import java.math.BigDecimal;
import org.dossier.model.Figure;
import org.dossier.model.Quantity;
import org.dossier.pkg.EnumLabels;

/** Writes figures as a reader says them: "nearly 100,000 men", "between 30 and 40 per cent". */
public final class Figures {
    private Figures() {}

    public static String number(Double d) {
        if (d == null) {
            return "?";
        }
        return new BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
    }

    public static String describe(Quantity q) {
        String amount = q.value() != null ? number(q.value()) : number(q.low()) + "–" + number(q.high());
        String qualifier = q.qualifier() == null ? "" : EnumLabels.of(q.qualifier()).replace('-', ' ') + " ";
        String what = q.measures() == null ? "" : " (" + q.measures() + ")";
        return qualifier + amount + (q.unit() == null ? "" : " " + q.unit()) + what;
    }

    public static String describe(Figure f) {
        return number(f.value()) + (f.unit() == null ? "" : " " + f.unit());
    }
}
