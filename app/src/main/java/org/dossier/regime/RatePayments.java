package org.dossier.regime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Figure;
import org.dossier.model.PaymentKind;
import org.dossier.model.Rate;
import org.dossier.regime.PaymentAnswer.Money;
import org.dossier.time.Edtf;

/**
 * {@link Payments} from the package's rate regimes. Of the regimes covering the kind on the date the
 * most recent governs (the 1931 compromise over the demand of December 1930); an agreed regime
 * wins over a merely demanded one that started the same day. Units are read as {@code TO/FROM}
 * ("USD/RUB", "cents/ruble", "sen/ruble"); cents and sen are hundredths of the dollar and the yen.
 */
final class RatePayments implements Payments {
    private static final MathContext MONEY = MathContext.DECIMAL64;
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
        Map.entry("rub", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"),
        Map.entry("usd", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("$", "USD"),
        Map.entry("cent", "USD"), Map.entry("cents", "USD"), Map.entry("jpy", "JPY"), Map.entry("yen", "JPY"),
        Map.entry("sen", "JPY"));

    private final Regime regime;

    RatePayments(Regime regime) {
        this.regime = regime;
    }

    /** A currency code for a name or code, or null when unknown. */
    static String currency(String name) {
        return name == null ? null : CURRENCIES.get(name.trim().toLowerCase(Locale.ROOT));
    }

    private static BigDecimal scale(String unitName) {
        String u = unitName.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("cent") || u.equals("sen") ? HUNDREDTH : BigDecimal.ONE;
    }

    @Override
    public PaymentAnswer convert(BigDecimal amount, String currency, PaymentKind kind, String date, String to) {
        Edtf day = Edtf.parse(date);
        String from = currency(currency);
        String target = to == null ? null : currency(to);
        if (from == null || (to != null && target == null)) {
            throw new IllegalArgumentException("unknown currency '" + (from == null ? currency : to) + "' (known: RUB, USD, JPY)");
        }
        Money given = new Money(amount, from);
        List<Rate> covering = new ArrayList<>();
        List<Rate> straddling = new ArrayList<>();
        for (Rate r : regime.pkg().rates()) {
            if (!r.kinds().isEmpty() && !r.kinds().contains(kind)) {
                continue;
            }
            Period.Cover cover = regime.period(r.period()).map(p -> p.covers(day)).orElse(Period.Cover.MAYBE);
            if (cover == Period.Cover.NO) {
                continue;
            }
            (cover == Period.Cover.YES ? covering : straddling).add(r);
        }
        covering.sort(Comparator.comparing((Rate r) -> regime.period(r.period()).map(Period::start).map(Edtf::earliest).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(r -> !r.agreedBy().isEmpty()).reversed());
        List<String> alternatives = new ArrayList<>();
        straddling.forEach(r -> alternatives.add(r.id()));
        if (covering.isEmpty() || !straddling.isEmpty()) {
            String status = straddling.isEmpty() ? "no-regime" : "indeterminate";
            covering.forEach(r -> alternatives.add(0, r.id()));
            String note = straddling.isEmpty() ? "no rate regime in the package covers " + kind.name().toLowerCase() + " payments on " + date
                : "the date " + date + " straddles the start or end of " + String.join(", ", straddling.stream().map(Rate::id).toList());
            return new PaymentAnswer(status, null, target, null, null, null, null, null, null, null, null, given, date,
                List.of(note), alternatives);
        }
        covering.stream().skip(1).forEach(r -> alternatives.add(r.id()));
        return apply(covering.get(0), given, target, date, alternatives);
    }

    private PaymentAnswer apply(Rate r, Money given, String target, String date, List<String> alternatives) {
        List<String> notes = new ArrayList<>();
        for (Figure f : r.rates()) {
            Optional<BigDecimal> rate = rate(f, given.currency(), target);
            if (rate.isPresent()) {
                BigDecimal result = given.amount().multiply(rate.get(), MONEY).stripTrailingZeros();
                String code = target != null ? target : counter(f, given.currency());
                return new PaymentAnswer("converted", result, code, rate.get().stripTrailingZeros(), f.value() + " " + f.unit(),
                    r.id(), r.name(), r.period(), r.demandedBy(), r.agreedBy(), f.anchor() != null ? f.anchor() : r.anchor(),
                    given, date, notes, alternatives);
            }
        }
        notes.add(r.rates().isEmpty()
            ? "the report names the regime '" + (r.name() == null ? r.id() : r.name()) + "' but gives no rate for it"
            : "the regime gives no rate from " + given.currency() + (target == null ? "" : " to " + target));
        return new PaymentAnswer("no-rate", null, target, null, null, r.id(), r.name(), r.period(), r.demandedBy(),
            r.agreedBy(), r.anchor(), given, date, notes, alternatives);
    }

    /** Units of {@code target} one unit of {@code from} fetches under the figure, when the figure relates them. */
    private static Optional<BigDecimal> rate(Figure f, String from, String target) {
        if (f.value() == null || f.unit() == null) {
            return Optional.empty();
        }
        String[] parts = f.unit().split("\\s*(/|\\bper\\b)\\s*");
        if (parts.length != 2) {
            return Optional.empty();
        }
        String num = currency(parts[0]);
        String den = currency(parts[1]);
        BigDecimal value = BigDecimal.valueOf(f.value()).multiply(scale(parts[0])).divide(scale(parts[1]), MONEY);
        if (from.equals(den) && num != null && (target == null || target.equals(num))) {
            return Optional.of(value);
        }
        if (from.equals(num) && den != null && (target == null || target.equals(den))) {
            return Optional.of(BigDecimal.ONE.divide(value, MONEY));
        }
        if (from.equals(target)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.empty();
    }

    private static String counter(Figure f, String from) {
        String[] parts = f.unit().split("\\s*(/|\\bper\\b)\\s*");
        String num = currency(parts[0]);
        return from.equals(num) ? currency(parts[1]) : num;
    }
}
