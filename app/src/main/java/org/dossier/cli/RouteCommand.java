package org.dossier.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.rail.NoRoute;
import org.dossier.rail.Rail;
import org.dossier.rail.RailNetwork;
import org.dossier.rail.RailViews;
import org.dossier.rail.Route;
import org.dossier.rail.RouteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier route FROM TO}: the shortest route over the package's railway network. */
@Command(name = "route", mixinStandardHelpOptions = true,
    description = {"Shortest route between two stations over the package's railways: length in km, the sections",
        "and lines used, gauge breaks, and who controlled each section on --date. Lengths no source gives",
        "are derived from other figures or estimated from coordinates, and marked so with how."},
    footer = {"%nStations are ids, names or aliases, in any case. With no route, the answer says why (exit 0).",
        "Exit codes: 0 answered, 1 invalid package, 2 unknown station or bad date."})
public final class RouteCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RailCli.PackageOption pkg;

    @Parameters(index = "0", paramLabel = "FROM", description = "Station to start from.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Station to go to.")
    String to;

    @Option(names = "--date", paramLabel = "DATE",
        description = "EDTF date (1932-02-27, 1932-01, 1932-01~): only lines open then, and who controlled each section.")
    String date;

    @Option(names = "--with-projected", description = "Also use projected lines.")
    boolean withProjected;

    @Option(names = "--projected", paramLabel = "LINE",
        description = "Only this projected line (id or name; repeatable): implies --with-projected.")
    List<String> projected;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
    RailCli.Format format;

    @Override
    public Integer call() {
        Rail rail = pkg.rail();
        RouteOptions options = RailCli.options(rail, date, withProjected, projected);
        RailNetwork network = rail.network();
        String a = RailCli.station(network, from);
        String b = RailCli.station(network, to);
        Optional<Route> route = rail.router().findRoute(a, b, options);
        String out;
        if (route.isPresent()) {
            RailViews.RouteView v = RailViews.route(route.get(), network);
            out = format == RailCli.Format.json ? RailCli.json(v) : RailText.route(v);
        } else {
            RailViews.NoRouteView v = RailViews.noRoute(NoRoute.explain(network, a, b, options), options, network);
            out = format == RailCli.Format.json ? RailCli.json(v) : RailText.noRoute(v);
        }
        spec.commandLine().getOut().print(out.endsWith("\n") ? out : out + "\n");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
