package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;

/** Opens the package a command works on: a folder given by the user, else the bundled flagship. */
final class Packages {
    private Packages() {}

    /** Loads a package folder, or the bundled package when {@code dir} is null; tests pass their own. */
    interface Loader {
        Dossier load(Path dir);

        Loader STANDARD = dir -> dir == null ? Dossier.loadBundled() : Dossier.load(dir);
    }

    static Dossier open(Loader loader, Path dir) {
        try {
            return loader.load(dir);
        } catch (PackageException e) {
            String name = dir == null ? "the bundled package" : "package " + dir;
            String first = e.issues().isEmpty() ? "" : "; the first: " + e.issues().get(0);
            throw UserException.badInput(name + " is invalid (" + e.issues().size() + " problem"
                + (e.issues().size() == 1 ? "" : "s") + first + "); run 'dossier validate"
                + (dir == null ? "" : " " + dir) + "' for all");
        }
    }

    /** The mixin of commands that read a package: {@code --package DIR}. */
    static final class Option {
        @picocli.CommandLine.Option(names = "--package", paramLabel = "DIR",
            description = "Package folder (default: the bundled far-east-1932 package).")
        Path dir;
    }
}
