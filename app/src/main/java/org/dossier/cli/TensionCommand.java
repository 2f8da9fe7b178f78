package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.chronicle.GoldsteinTension;
import org.dossier.chronicle.TensionPeriod;
import org.dossier.chronicle.TensionSeries;
import org.dossier.pkg.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier tension}: a cooperation–conflict series for a pair of actors. */
@Command(name = "tension", mixinStandardHelpOptions = true,
    description = {"A cooperation-conflict series for a pair of actors: per period, the sum of the Goldstein weights",
        "of the coded events between them (negative is conflict), with the events behind each point. Organs,",
        "envoys and newspapers of a state act for it. Events too vaguely dated for one period are listed apart."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (invalid package)", "2:bad usage (unknown actor)"})
final class TensionCommand implements Callable<Integer> {
    enum Format { TABLE, JSON, CSV }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Option(names = "--dyad", required = true, paramLabel = "ACTOR,ACTOR", split = ",", description = "The two actors.")
    String[] dyad;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE}).")
    TensionPeriod by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    TensionCommand() {
        this(Packages.Loader.STANDARD);
    }

    TensionCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if (dyad.length != 2) {
            throw UserException.badUsage("--dyad takes two actors, as ID,ID");
        }
        Dossier d = Packages.open(loader, pkg.dir);
        TensionSeries s = GoldsteinTension.of(d.pkg()).series(ReasonArgs.actor(d, dyad[0]), ReasonArgs.actor(d, dyad[1]), by);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(JsonOutput.write(s));
            case CSV -> {
                out.println("period,score,events,event_ids");
                s.series().forEach(p -> out.println(p.period() + "," + p.score() + "," + p.events().size() + ","
                    + String.join(" ", p.events().stream().map(TensionSeries.Scored::id).toList())));
            }
            default -> table(s, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void table(TensionSeries s, PrintWriter out) {
        TextTable t = new TextTable("PERIOD", "SCORE", "EVENTS", "");
        for (TensionSeries.Point p : s.series()) {
            t.row(p.period(), String.format(Locale.ROOT, "%.1f", p.score()), p.events().size(), bar(p.score()));
        }
        t.print(out);
        if (!s.imprecise().isEmpty()) {
            out.println(s.imprecise().size() + " events dated too vaguely for one " + s.by() + ": "
                + String.join(", ", s.imprecise().stream().map(e -> e.id() + " (" + e.date() + ")").toList()));
        }
    }

    /** A bar of '-' for conflict and '+' for cooperation, one mark per two points of weight. */
    private static String bar(double score) {
        int n = (int) Math.min(40, Math.round(Math.abs(score) / 2));
        return (score < 0 ? "-" : "+").repeat(n);
    }
}
