package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.pkg.Dossier;
import org.dossier.regime.Regime;
import org.dossier.regime.TermAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier term}: the dates that follow from an agreement's terms, and which one governs. */
@Command(name = "term", mixinStandardHelpOptions = true,
    description = {"Computes the dates that follow from terms — reversion free of charge, redemption, purchase,",
        "expiry — under the agreement or provision given and the other agreements about the same subject,",
        "and which one governs on the as-of date (default: the report's date)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (invalid package)", "2:bad usage (bad date, unknown name)"})
final class TermCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Parameters(index = "0", paramLabel = "AGREEMENT-OR-PROVISION",
        description = "An agreement (id, name or alias) or a provision as AGREEMENT#PROVISION.")
    String ref;

    @Option(names = "--as-of", paramLabel = "DATE", description = "EDTF date deciding which term governs (default: the report's date).")
    String asOf;

    @Option(names = "--party", paramLabel = "ACTOR",
        description = "Which rule governs for this actor (id, name or alias); default: for each party a different rule holds for.")
    String party;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    TermCommand() {
        this(Packages.Loader.STANDARD);
    }

    TermCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        String day = asOf == null ? null : ReasonArgs.date("--as-of", asOf);
        Dossier d = Packages.open(loader, pkg.dir);
        String partyId = party == null ? null : ReasonArgs.actor(d, party);
        TermAnswer a = Regime.of(d.pkg()).terms().dates(ReasonArgs.agreementOrProvision(d, ref), day, partyId);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(JsonOutput.write(a));
        } else {
            table(a, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void table(TermAnswer a, PrintWriter out) {
        TextTable t = new TextTable("WHAT", "OF", "DATE", "UNDER", "YEARS", "FROM", "STATUS", "PAGE", "ANCHOR");
        for (TermAnswer.TermDate td : a.dates()) {
            t.row(td.what(), td.subject(), td.date() == null ? "(none)" : td.date(), td.provision(), td.years(), td.from(),
                status(td), Texts.page(td.anchor()), Texts.quote(td.anchor()));
        }
        t.print(out);
        out.println("as of " + a.asOf() + (a.party() == null ? "" : ", for " + a.party()));
        for (TermAnswer.TermRuling r : a.rulings()) {
            out.println(r.question() + (r.party() == null ? "" : " (for " + r.party() + ")") + ": "
                + (r.provision() == null ? r.status() : r.provision() + " governs" + (r.date() == null ? "" : ", " + r.date()))
                + " — " + r.reason());
        }
        a.dates().stream().filter(td -> td.reason() != null && !td.governs() && !"governs-for".equals(td.status()))
            .forEach(td -> out.println("  " + td.provision() + ": " + td.status() + " — " + td.reason()));
        a.dates().stream().filter(td -> td.note() != null).forEach(td -> out.println(td.provision() + ": " + td.note()));
    }

    private static String status(TermAnswer.TermDate td) {
        if ("governs-for".equals(td.status())) {
            return "governs for " + String.join(", ", td.governsFor());
        }
        return td.displacedBy() != null ? "displaced by " + td.displacedBy() : td.status();
    }
}
