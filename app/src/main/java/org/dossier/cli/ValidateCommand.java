package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.model.DossierPackage;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;
import org.dossier.pkg.PackageIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier validate [PACKAGE]}: loads a package and lists every problem as {@code file:line: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a dossier package: fields, ids and references, EDTF dates, CAMEO weights,",
        "supersedes cycles, the document's SHA-256, and every anchor against the restored text.",
        "Lists every problem as file:line: message (exit 1), or prints one line of counts."})
final class ValidateCommand implements Callable<Integer> {
    private final Packages.Loader loader;

    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PACKAGE",
        description = "Package folder (default: the bundled far-east-1932 package).")
    Path dir;

    ValidateCommand() {
        this(Packages.Loader.STANDARD);
    }

    ValidateCommand(Packages.Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        try {
            Dossier d = loader.load(dir);
            spec.commandLine().getOut().println(summary(d));
            return ExitCode.OK;
        } catch (PackageException e) {
            for (PackageIssue i : e.issues()) {
                spec.commandLine().getOut().println(where(i.file()) + ":" + i.line() + ": " + i.message());
            }
            spec.commandLine().getOut().flush();
            int n = e.issues().size();
            spec.commandLine().getErr().println("dossier: " + n + " problem" + (n == 1 ? "" : "s") + " in "
                + (dir == null ? "the bundled package" : dir));
            return ExitCode.BAD_INPUT;
        }
    }

    private String where(String file) {
        if (dir == null) {
            return Dossier.BUNDLED + "/" + file;
        }
        return file.equals(dir.toString()) ? file : dir.resolve(file).toString();
    }

    private static String summary(Dossier d) {
        DossierPackage p = d.pkg();
        return "OK " + p.manifest().id() + ": " + p.sources().size() + " sources, " + p.actors().size() + " actors, "
            + p.places().size() + " places, " + p.lines().size() + " lines, " + p.agreements().size() + " agreements ("
            + p.agreements().stream().mapToInt(a -> a.provisions().size()).sum() + " provisions), "
            + p.relations().size() + " relations, " + p.events().size() + " events, " + p.claims().size() + " claims, "
            + p.quantities().size() + " quantities, " + p.rates().size() + " rates; " + d.anchors().size()
            + " anchors resolved";
    }
}
