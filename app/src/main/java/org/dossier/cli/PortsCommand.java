package org.dossier.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.rail.Ports;
import org.dossier.rail.Rail;
import org.dossier.rail.RailNetwork;
import org.dossier.rail.RailViews;
import org.dossier.rail.RouteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier ports FROM}: distances to the ports, and what projected lines would change. */
@Command(name = "ports", mixinStandardHelpOptions = true,
    description = {"Shortest routes from a station to every port of the package (places of kind 'port'),",
        "nearest first. With --with-projected, each port shows the distance over open lines, the distance",
        "with the projected lines, the change, and the projected lines used."},
    footer = {"%nExit codes: 0 answered, 1 invalid package, 2 unknown station or bad date."})
public final class PortsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RailCli.PackageOption pkg;

    @Parameters(index = "0", paramLabel = "FROM", description = "Station to start from.")
    String from;

    @Option(names = "--port", paramLabel = "PORT", description = "Only this port (repeatable; default: every port).")
    List<String> ports;

    @Mixin RailCli.TripOptions trip;

    @Override
    public Integer call() {
        Rail rail = pkg.rail();
        RouteOptions options = trip.of(rail);
        RailNetwork network = rail.network();
        String a = RailCli.station(network, from);
        List<String> targets = ports == null ? network.ports()
            : ports.stream().map(p -> RailCli.station(network, p)).toList();
        Ports finder = new Ports(network, rail.router());
        RailViews.PortsView v = RailViews.ports(a, finder.from(a, targets, options), options, network);
        spec.commandLine().getOut().print(trip.render(v, RailText::ports));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
