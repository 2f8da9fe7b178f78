package org.dossier.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.DossierPackage;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.views.Timeline;
import org.dossier.pkg.views.TimelineEvent;
import org.dossier.pkg.views.TimelineQuery;
import org.dossier.store.DocumentEvent;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.ViewQuery;
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
        "page and anchor. An event is shown when it may fall between --from and --to.",
        "With --stored, the events of every package in the store, merged in date order, each naming its document."})
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

    @Mixin StoredViews views;

    TimelineCommand() {
        this(Packages.Loader.STANDARD);
    }

    TimelineCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        views.check(pkg);
        LocalDate fromDay = bound("--from", from, true);
        LocalDate toDay = bound("--to", to, false);
        PrintWriter out = spec.commandLine().getOut();
        if (views.stored) {
            stored(out, fromDay, toDay);
        } else {
            Dossier d = Packages.open(loader, pkg.dir);
            String actorId = actor == null ? null : StoredViews.actorId(List.of(d.pkg()), actor);
            TimelineQuery query = new TimelineQuery(fromDay, toDay, actorId, views.aboutId(List.of(d.pkg())));
            if (format == Format.JSON) {
                out.println(JsonOutput.write(Timeline.document(d, query)));
            } else {
                TextTable t = new TextTable("DATE", "EVENT", "ACTORS", "ACTION", "CAMEO", "PAGE", "ANCHOR");
                for (TimelineEvent e : Timeline.of(d, query)) {
                    t.row(e.date(), e.id(), String.join(", ", e.actors()), action(e), e.cameo(), e.page(), origin(e));
                }
                t.print(out);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Every stored package's events, merged in date order, each naming its document. */
    private void stored(PrintWriter out, LocalDate fromDay, LocalDate toDay) {
        try (Store s = views.store.open()) {
            List<DossierPackage> packages = s.listPackages();
            String actorId = actor == null ? null : StoredViews.actorId(packages, actor);
            ViewQuery query = new ViewQuery(fromDay, toDay, actorId, views.aboutId(packages), null);
            if (format == Format.JSON) {
                out.println(JsonOutput.write(s.timelineDocument(query)));
            } else {
                List<DocumentEvent> events = s.timeline(query);
                TextTable t = new TextTable("DATE", "DOCUMENT", "EVENT", "ACTORS", "ACTION", "CAMEO", "PAGE", "ANCHOR");
                for (DocumentEvent de : events) {
                    TimelineEvent e = de.event();
                    t.row(e.date(), de.document().slug(), e.id(), String.join(", ", e.actors()), action(e), e.cameo(),
                        e.page(), origin(e));
                }
                t.print(out);
            }
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        }
    }

    private static String action(TimelineEvent e) {
        return e.action() + (e.claimedBy() == null ? "" : " (claimed by " + e.claimedBy() + ")");
    }

    private static String origin(TimelineEvent e) {
        return e.anchor() == null ? String.join(", ", e.sources()) : "\"" + e.anchor().exact() + "\"";
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
