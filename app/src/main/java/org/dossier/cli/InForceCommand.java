package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.pkg.Dossier;
import org.dossier.regime.InForceAnswer;
import org.dossier.regime.Regime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier in-force}: the agreements and provisions that bound whom on a date. */
@Command(name = "in-force", mixinStandardHelpOptions = true,
    description = {"Lists the agreements and provisions in force on DATE and the parties they bound, following",
        "the relations in the package: successions, reaffirmations, repudiations, modifications, terms.",
        "A DATE that may fall on either side of an entry into force or an end is indeterminate, with the reason."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (invalid package)", "2:bad usage (bad date, unknown name)"})
final class InForceCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Parameters(index = "0", paramLabel = "DATE", description = "EDTF date or interval (1932-02-27, 1924-05/1924-06).")
    String date;

    @Option(names = "--party", paramLabel = "ACTOR", description = "Only agreements binding this actor (id, name or alias).")
    String party;

    @Option(names = "--subject", paramLabel = "ID", description = "Only provisions about this line, place, actor or agreement.")
    String subject;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    InForceCommand() {
        this(Packages.Loader.STANDARD);
    }

    InForceCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        String day = ReasonArgs.date("DATE", date);
        Dossier d = Packages.open(loader, pkg.dir);
        String partyId = party == null ? null : ReasonArgs.actor(d, party);
        String subjectId = subject == null ? null : ReasonArgs.subject(d, subject);
        InForceAnswer a = Regime.of(d.pkg()).inForce().on(day, partyId, subjectId);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(JsonOutput.write(a));
        } else {
            table(a, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void table(InForceAnswer a, PrintWriter out) {
        TextTable t = new TextTable("AGREEMENT / PROVISION", "PARTIES", "KIND", "ACTION", "BECAUSE", "PAGE", "ANCHOR");
        for (InForceAnswer.AgreementInForce ag : a.agreements()) {
            t.row(ag.id(), parties(ag), "", "", Texts.roles(ag.because()),
                ag.anchor() == null ? "" : ag.anchor().page(), Texts.quote(ag.anchor()));
            for (InForceAnswer.ProvisionInForce p : ag.provisions()) {
                t.row("  " + p.id(), p.parties().equals(ag.parties()) ? "" : String.join(", ", p.parties()),
                    ReasonArgs.label(p.kind()), ReasonArgs.label(p.action()), Texts.roles(p.because()),
                    p.anchor() == null ? "" : p.anchor().page(), Texts.quote(p.anchor()));
            }
        }
        t.print(out);
        out.println(a.agreements().size() + " agreements in force on " + a.date() + " (" + a.status() + ")");
        for (InForceAnswer.Undecided u : a.indeterminate()) {
            out.println("indeterminate: " + u.id() + ": " + u.reason());
        }
        a.agreements().stream().flatMap(ag -> ag.mayHaveSucceeded().stream()).distinct().forEach(m ->
            out.println("may have succeeded: " + m.successor() + " in place of " + m.predecessor() + ": " + m.reason()));
    }

    /** The parties, each possibly replaced by a successor the package does not date closely enough marked "(or X?)". */
    private static String parties(InForceAnswer.AgreementInForce ag) {
        List<String> out = new ArrayList<>();
        for (String p : ag.parties()) {
            List<String> maybe = ag.mayHaveSucceeded().stream().filter(m -> m.predecessor().equals(p))
                .map(m -> m.successor() + (m.inheritsObligations() ? "" : " without its obligations")).toList();
            out.add(maybe.isEmpty() ? p : p + " (or " + String.join(", ", maybe) + "?)");
        }
        return String.join(", ", out);
    }
}
