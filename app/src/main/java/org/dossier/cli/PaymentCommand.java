package org.dossier.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.dossier.model.PaymentKind;
import org.dossier.pkg.Dossier;
import org.dossier.regime.PaymentAnswer;
import org.dossier.regime.Regime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier payment}: a payment in rubles under the currency regime in force for its kind and date. */
@Command(name = "payment", mixinStandardHelpOptions = true,
    description = {"Converts a payment under the rate regime in force for that kind of payment on that date.",
        "Every rate comes from the package with its anchor; where the report gives no rate, says so."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (also when the report gives no rate)", "1:bad input (invalid package)",
        "2:bad usage (bad amount, currency, kind or date)"})
final class PaymentCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Parameters(index = "0", paramLabel = "AMOUNT", description = "The amount paid, e.g. 1000 or 1000.50.")
    String amount;

    @Parameters(index = "1", paramLabel = "CURRENCY", description = "RUB, USD or JPY.")
    String currency;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "lease, tax or fine.")
    PaymentKind kind;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "EDTF date of the payment.")
    String date;

    @Option(names = "--to", paramLabel = "CURRENCY", description = "USD or JPY (default: the regime's first rate).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    PaymentCommand() {
        this(Packages.Loader.STANDARD);
    }

    PaymentCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.replace(",", ""));
        } catch (NumberFormatException e) {
            throw UserException.badUsage("AMOUNT: '" + amount + "' is not a number");
        }
        String day = ReasonArgs.date("--date", date);
        Dossier d = Packages.open(loader, pkg.dir);
        PaymentAnswer a;
        try {
            a = Regime.of(d.pkg()).payments().convert(value, currency, kind, day, to);
        } catch (IllegalArgumentException e) {
            throw UserException.badUsage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(JsonOutput.write(a));
        } else {
            text(a, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void text(PaymentAnswer a, PrintWriter out) {
        String given = a.given().amount().toPlainString() + " " + a.given().currency();
        if ("converted".equals(a.status())) {
            out.println(given + " = " + a.amount().toPlainString() + " " + a.currency() + " at " + a.rate().toPlainString()
                + " " + a.currency() + "/" + a.given().currency() + " (" + a.rateAsStated() + ")");
        } else {
            out.println(given + ": " + a.status());
        }
        if (a.regime() != null) {
            out.println("regime: " + a.regime() + " — " + a.regimeName() + ", " + a.period()
                + (a.agreedBy().isEmpty() ? "" : "; agreed by " + String.join(", ", a.agreedBy()))
                + (a.demandedBy().isEmpty() ? "" : "; demanded by " + String.join(", ", a.demandedBy())));
            out.println("anchor: " + Texts.page(a.anchor()) + " " + Texts.quote(a.anchor()));
        }
        a.notes().forEach(n -> out.println("note: " + n));
        if (!a.alternatives().isEmpty()) {
            out.println("other regimes: " + String.join(", ", a.alternatives()));
        }
    }
}
