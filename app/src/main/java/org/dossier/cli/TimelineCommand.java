package org.dossier.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dossier.model.UnknownNameException;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.views.Timeline;
import org.dossier.pkg.views.TimelineEvent;
import org.dossier.pkg.views.TimelineQuery;
import org.dossier.time.Edtf;
import org.dossier.time.EdtfException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier timeline}: the package's events in the order they happened. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Lists events in the order they happened, each with its EDTF date, actors, CAMEO code,",
        "page and anchor. An event is shown when it may fall between --from and --to."})
final class TimelineCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    private final Packages.Loader loader;

    @Spec CommandSpec spec;
    @Mixin Packages.Option pkg;

    @Option(names = "--from", paramLabel = "DATE", description = "EDTF date: from its earliest day (e.g. 1929, 1932-05).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "EDTF date: up to its latest day.")
    String to;

    @Option(names = "--actor", paramLabel = "ID-OR-NAME",
        description = "Only events this actor takes part in (an id, name or alias).")
    String actor;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    TimelineCommand() {
        this(Packages.Loader.STANDARD);
    }

    TimelineCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        LocalDate fromDay = bound("--from", from, true);
        LocalDate toDay = bound("--to", to, false);
        Dossier d = Packages.open(loader, pkg.dir);
        String actorId = null;
        if (actor != null) {
            try {
                actorId = d.names().actor(actor).id();
            } catch (UnknownNameException e) {
                throw UserException.badUsage(e.getMessage());
            }
        }
        TimelineQuery query = new TimelineQuery(fromDay, toDay, actorId);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(JsonOutput.write(Timeline.document(d, query)));
        } else {
            TextTable t = new TextTable("DATE", "EVENT", "ACTORS", "ACTION", "CAMEO", "PAGE", "ANCHOR");
            for (TimelineEvent e : Timeline.of(d, query)) {
                t.row(e.date(), e.id(), String.join(", ", e.actors()), e.action()
                    + (e.claimedBy() == null ? "" : " (claimed by " + e.claimedBy() + ")"), e.cameo(), e.page(),
                    e.anchor() == null ? String.join(", ", e.sources()) : "\"" + e.anchor().exact() + "\"");
            }
            t.print(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static LocalDate bound(String option, String value, boolean earliest) {
        if (value == null) {
            return null;
        }
        try {
            Edtf d = Edtf.parse(value);
            LocalDate day = earliest ? d.earliest() : d.latest();
            if (day == null) {
                throw UserException.badUsage(option + " '" + value + "' has no " + (earliest ? "start" : "end"));
            }
            return day;
        } catch (EdtfException e) {
            throw UserException.badUsage(option + ": " + e.getMessage());
        }
    }
}
