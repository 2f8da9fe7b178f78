package org.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.LineStatus;
import org.dossier.model.UnknownNameException;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;
import org.dossier.rail.NotOnNetworkException;
import org.dossier.rail.Rail;
import org.dossier.rail.RouteOptions;
import org.dossier.rail.RailNetwork;
import org.dossier.time.Edtf;
import org.dossier.time.EdtfException;
import picocli.CommandLine.Option;

/** What {@code route} and {@code ports} share: the package and its network, names, dates, JSON. */
final class RailCli {
    enum Format { table, json }

    /** The package option, mixed into both commands. */
    static final class PackageOption {
        @Option(names = "--package", paramLabel = "DIR",
            description = "Package folder (default: the bundled far-east-1932 package).")
        Path dir;

        Rail rail() {
            try {
                Dossier d = dir == null ? Dossier.loadBundled() : Dossier.load(dir);
                return Rail.of(d.pkg());
            } catch (PackageException e) {
                throw UserException.badInput("invalid package: " + e.getMessage());
            }
        }
    }

    /** The options that shape a trip, mixed into both commands: date, projected lines, output format. */
    static final class TripOptions {
        @Option(names = "--date", paramLabel = "DATE",
            description = "EDTF date (1932-02-27, 1932-01, 1932-01~): only lines open then, and who controlled each section.")
        String date;

        @Option(names = "--with-projected", description = "Also use projected lines.")
        boolean withProjected;

        @Option(names = "--projected", paramLabel = "LINE",
            description = "Only this projected line (id or name; repeatable): implies --with-projected.")
        List<String> projected;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
        Format format;

        RouteOptions of(Rail rail) {
            return options(rail, date, withProjected, projected);
        }

        /** The view as JSON or as the table {@code text} gives. */
        <V> String render(V view, java.util.function.Function<V, String> text) {
            String out = format == Format.json ? json(view) : text.apply(view);
            return out.endsWith("\n") ? out : out + "\n";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RailCli() {}

    /** The station a name, alias or id stands for; a one-line error with suggestions otherwise. */
    static String station(RailNetwork network, String query) {
        try {
            return network.station(query);
        } catch (UnknownNameException | NotOnNetworkException e) {
            throw UserException.badUsage(e.getMessage());
        }
    }

    /** The route options the commands' flags ask for; named projected lines imply --with-projected. */
    static RouteOptions options(Rail rail, String date, boolean withProjected, List<String> projected) {
        Edtf day = date(date);
        if (projected == null || projected.isEmpty()) {
            return new RouteOptions(day, withProjected);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String q : projected) {
            String id;
            try {
                id = rail.network().line(q);
            } catch (UnknownNameException e) {
                throw UserException.badUsage("--projected: " + e.getMessage());
            }
            if (rail.network().findLine(id).map(l -> l.status() == LineStatus.OPEN || l.status() == null).orElse(true)) {
                throw UserException.badUsage("--projected: '" + q + "' (" + id + ") is not a projected line");
            }
            ids.add(id);
        }
        return new RouteOptions(day, true, ids);
    }

    static Edtf date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Edtf.parse(text);
        } catch (EdtfException e) {
            throw UserException.badUsage("--date: " + e.getMessage());
        }
    }

    static String json(Object view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + view.getClass().getSimpleName(), e);
        }
    }
}
