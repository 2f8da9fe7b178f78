package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.ActionKind;
import org.dossier.pkg.Dossier;
import org.dossier.regime.Basis;
import org.dossier.regime.Question;
import org.dossier.regime.Regime;
import org.dossier.regime.RouteLeg;
import org.dossier.regime.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier check}: may an actor do an action, there and then, under the provisions in force? */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Answers permitted, prohibited, conditional (with the consents or conditions missing) or",
        "indeterminate, with the chain of provisions, exceptions and consents that decided it, both sides'",
        "readings where the report gives them, and the precedents: events that invoked the same provisions.",
        "A trip --from --to is resolved to railway lines, so the route decides which provisions apply."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (whatever the verdict)", "1:bad input (invalid package)", "2:bad usage (bad date, action or name)"})
final class CheckCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Option(names = "--actor", required = true, paramLabel = "ACTOR", description = "Who acts (id, name or alias).")
    String actor;

    @Option(names = "--action", required = true, paramLabel = "KIND",
        description = "What it does: troop-transport, commercial-transport, troop-concentration, railway-redemption, fishing, "
            + "lease-payment, propaganda-support, aid-to-hostile-groups, …")
    String action;

    @Option(names = "--from", paramLabel = "PLACE", description = "Where a trip starts (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "PLACE", description = "Where a trip ends (with --from).")
    String to;

    @Option(names = "--at", paramLabel = "PLACE", description = "Where the action takes place.")
    String at;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "EDTF date or interval.")
    String date;

    @Option(names = "--consent", paramLabel = "ACTOR", description = "An actor that consents (repeatable).")
    List<String> consents = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    CheckCommand() {
        this(Packages.Loader.STANDARD);
    }

    CheckCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if ((from == null) != (to == null)) {
            throw UserException.badUsage("a trip needs both --from and --to");
        }
        ActionKind kind = ReasonArgs.action(action);
        String day = ReasonArgs.date("--date", date);
        Dossier d = Packages.open(loader, pkg.dir);
        List<String> consentIds = consents.stream().map(c -> ReasonArgs.actor(d, c)).toList();
        Question q = new Question(ReasonArgs.actor(d, actor), kind, from == null ? null : ReasonArgs.place(d, from),
            to == null ? null : ReasonArgs.place(d, to), at == null ? null : ReasonArgs.place(d, at), day, consentIds);
        Verdict v = Regime.of(d.pkg()).verdicts().check(q);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(JsonOutput.write(v));
        } else {
            text(v, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void text(Verdict v, PrintWriter out) {
        out.println(v.verdict().label() + (v.exception() ? " (as an exception)" : ""));
        v.needs().forEach(n -> out.println("  needs: " + n.text() + (n.actor() == null ? "" : " [" + n.actor() + "]")
            + " — " + n.provision() + " " + Texts.page(n.anchor())));
        v.undertakings().forEach(n -> out.println("  on condition that: " + n.text() + " — " + n.provision() + " " + Texts.page(n.anchor())));
        v.reasons().forEach(r -> out.println("  " + r));
        if (v.route() != null) {
            out.println("route:");
            for (RouteLeg leg : v.route()) {
                out.println("  " + leg.line() + ": " + String.join(" – ", leg.stations()) + "; controlled by "
                    + String.join(", ", leg.controlledBy().stream().map(c -> c.controller() + " (" + ReasonArgs.label(c.kind()) + ")").toList()));
            }
        }
        out.println("because:");
        for (Basis b : v.because()) {
            out.println("  " + Texts.step(b));
        }
        if (!v.readings().isEmpty()) {
            out.println("readings:");
            v.readings().forEach(r -> out.println("  " + r.by() + (r.holds() != null ? " holds " + r.holds()
                : " " + ReasonArgs.label(r.stance()) + (r.date() == null ? "" : " on " + r.date())) + " (" + r.provision() + "): "
                + r.text() + " [" + Texts.page(r.anchor()) + "]"));
        }
        if (!v.precedents().isEmpty()) {
            out.println("precedents:");
            v.precedents().forEach(p -> out.println("  " + p.date() + " " + p.event() + " " + ReasonArgs.label(p.use()) + " "
                + p.provision() + " [" + Texts.page(p.anchor()) + " " + Texts.quote(p.anchor()) + "]"));
        }
    }
}
