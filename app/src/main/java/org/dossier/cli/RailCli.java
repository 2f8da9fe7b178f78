package org.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import org.dossier.model.UnknownNameException;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;
import org.dossier.rail.NotOnNetworkException;
import org.dossier.rail.Rail;
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
