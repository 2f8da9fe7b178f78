package org.dossier.cli;

import java.util.List;
import java.util.Optional;
import org.dossier.model.DossierPackage;
import org.dossier.model.UnknownNameException;
import org.dossier.pkg.views.Subjects;
import picocli.CommandLine.Option;

/**
 * The options of {@code facts} and {@code timeline} that answer across documents: {@code --stored}
 * (every package in the store, with {@code --db}) and {@code --about ID}; and the name resolution
 * both share, over one package or every stored one.
 */
final class StoredViews {
    @Option(names = "--stored",
        description = "Answer over every package in the store (see 'dossier import'), each result naming its document.")
    boolean stored;

    @Option(names = "--about", paramLabel = "ID-OR-NAME",
        description = "Only items about this (an id of any kind, or the name of a line, agreement, place, actor …).")
    String about;

    @picocli.CommandLine.Mixin StoreOption store;

    /** The id {@code --about} names in one of {@code packages}; unknown: exit 2. */
    String aboutId(List<DossierPackage> packages) {
        if (about == null) {
            return null;
        }
        Optional<String> id = Subjects.resolve(packages, about);
        return id.orElseThrow(() -> UserException.badUsage("--about '" + about + "' is no id or name in "
            + (packages.size() == 1 ? "the package" : "any of the " + packages.size() + " stored packages")));
    }

    /** The actor {@code name} names in the first of {@code packages} that knows it; unknown: exit 2 with suggestions. */
    static String actorId(List<DossierPackage> packages, String name) {
        if (packages.isEmpty()) {
            throw UserException.badUsage("no package is stored; import one with 'dossier import PACKAGE'");
        }
        try {
            return Subjects.actor(packages, name);
        } catch (UnknownNameException e) {
            throw UserException.badUsage(e.getMessage());
        }
    }

    /** {@code --package} and {@code --stored} exclude each other. */
    void check(Packages.Option pkg) {
        if (stored && pkg.dir != null) {
            throw UserException.badUsage("--package and --stored exclude each other");
        }
        if (!stored && store.db != null) {
            throw UserException.badUsage("--db needs --stored");
        }
    }
}
