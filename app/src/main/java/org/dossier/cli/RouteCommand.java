package org.dossier.cli;

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

    @Mixin RailCli.TripOptions trip;

    @Override
    public Integer call() {
        Rail rail = pkg.rail();
        RouteOptions options = trip.of(rail);
        RailNetwork network = rail.network();
        String a = RailCli.station(network, from);
        String b = RailCli.station(network, to);
        Optional<Route> route = rail.router().findRoute(a, b, options);
        String out = route.isPresent()
            ? trip.render(RailViews.route(route.get(), network), RailText::route)
            : trip.render(RailViews.noRoute(NoRoute.explain(network, a, b, options), options, network), RailText::noRoute);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
