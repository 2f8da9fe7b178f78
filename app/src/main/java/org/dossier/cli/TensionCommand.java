package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.chronicle.GoldsteinTension;
import org.dossier.chronicle.TensionOptions;
import org.dossier.chronicle.TensionPeriod;
import org.dossier.chronicle.TensionSeries;
import org.dossier.pkg.Dossier;
import org.dossier.time.Edtf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier tension}: a cooperation–conflict series for a pair of actors. */
@Command(name = "tension", mixinStandardHelpOptions = true,
    description = {"A cooperation-conflict series for a pair of actors: per period, the sum of the Goldstein weights",
        "of the coded events between them (negative is conflict), with the events behind each point. Organs,",
        "envoys and newspapers of a state act for it. Events tied to a side only by attribution (an instigator,",
        "a principal behind a proxy, the party aimed at, each as someone claims) are counted apart (ATTRIB) and",
        "marked; --attributed exclude leaves them out. Events too vaguely dated for one period are listed apart."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (invalid package)", "2:bad usage (unknown actor, bad date)"})
final class TensionCommand implements Callable<Integer> {
    enum Format { TABLE, JSON, CSV }

    enum Attributed { INCLUDE, EXCLUDE }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Option(names = "--dyad", required = true, paramLabel = "ACTOR,ACTOR", split = ",", description = "The two actors.")
    String[] dyad;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE}).")
    TensionPeriod by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--from", paramLabel = "DATE", description = "Start the series at this EDTF date (its earliest day).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "End the series at this EDTF date (its latest day).")
    String to;

    @Option(names = "--attributed", paramLabel = "MODE", defaultValue = "include",
        description = "include or exclude the events tied to a side only by attribution (default: ${DEFAULT-VALUE}).")
    Attributed attributed;

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
        TensionOptions options = options();
        Dossier d = Packages.open(loader, pkg.dir);
        TensionSeries s = GoldsteinTension.of(d.pkg())
            .series(ReasonArgs.actor(d, dyad[0]), ReasonArgs.actor(d, dyad[1]), by, options);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(JsonOutput.write(s));
            case CSV -> {
                out.println("period,score,events,event_ids,direct,attributed,attributed_ids");
                s.series().forEach(p -> out.println(p.period() + "," + p.score() + "," + p.events().size() + ","
                    + ids(p.events(), false) + "," + p.direct() + "," + p.attributed() + "," + ids(p.events(), true)));
            }
            default -> table(s, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private TensionOptions options() {
        Edtf start = from == null ? null : Edtf.parse(ReasonArgs.date("--from", from));
        Edtf end = to == null ? null : Edtf.parse(ReasonArgs.date("--to", to));
        if (start != null && end != null && end.latest() != null && start.earliest() != null
            && end.latest().isBefore(start.earliest())) {
            throw UserException.badUsage("--to " + to + " is before --from " + from);
        }
        return new TensionOptions(attributed == Attributed.INCLUDE, start == null ? null : start.earliest(),
            end == null ? null : end.latest());
    }

    /** The ids of all the events ({@code onlyAttributed} false) or of those counted by attribution, space-separated. */
    private static String ids(List<TensionSeries.Scored> events, boolean onlyAttributed) {
        return String.join(" ", events.stream().filter(e -> !onlyAttributed || e.attributed()).map(TensionSeries.Scored::id).toList());
    }

    private static void table(TensionSeries s, PrintWriter out) {
        TextTable t = new TextTable("PERIOD", "SCORE", "DIRECT", "ATTRIB", "EVENTS", "");
        for (TensionSeries.Point p : s.series()) {
            t.row(p.period(), String.format(Locale.ROOT, "%.1f", p.score()), String.format(Locale.ROOT, "%.1f", p.direct()),
                String.format(Locale.ROOT, "%.1f", p.attributed()), p.events().size(), bar(p.score()));
        }
        t.print(out);
        if (s.attributed()) {
            long n = s.series().stream().flatMap(p -> p.events().stream()).filter(TensionSeries.Scored::attributed).count();
            if (n > 0) {
                out.println(n + " events counted by attribution (ATTRIB); --attributed exclude leaves them out,"
                    + " --format json shows who attributes each and where.");
            }
        } else if (!s.attributedLeftOut().isEmpty()) {
            out.println(s.attributedLeftOut().size() + " events tied to the pair only by attribution left out: "
                + String.join(", ", s.attributedLeftOut()));
        }
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
