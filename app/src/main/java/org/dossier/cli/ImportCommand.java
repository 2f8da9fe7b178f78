package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.pkg.Dossier;
import org.dossier.restore.Restorer;
import org.dossier.store.ImportResult;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier import FILE.txt|PACKAGE}: restores a raw OCR report and stores it, once; or stores a
 * package folder's document with the package, so that facts and timelines work across documents.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Restore a raw OCR report and store it, or store a package folder (its report, the package and its",
        "views, so that 'facts --stored' and 'timeline --stored' include it). Transactional; importing the same",
        "again changes nothing, a changed package replaces the one stored under its id."})
final class ImportCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "FILE.txt|PACKAGE", description = "The raw OCR text (UTF-8), or a package folder.")
    Path file;

    @Mixin StoreOption store;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        boolean pkg = PackageImport.isPackage(file);
        if (Files.isDirectory(file) && !pkg) {
            throw UserException.badInput(file + " is a folder without dossier.yaml: not a package");
        }
        Dossier dossier = pkg ? Packages.open(Packages.Loader.STANDARD, file) : null;
        String raw = pkg ? null : ReportFiles.report(file);
        try (Store s = store.open()) {
            ImportResult r = pkg ? PackageImport.store(s, dossier, file)
                : s.importDocument(new Ingest(Restorer.standard()::restore).report(file.getFileName().toString(), raw));
            spec.commandLine().getOut().printf("%s %s as '%s' (sha256 %s)%s in %s%n",
                r.created() ? "imported" : "already stored:", file, r.slug(), r.sha256().substring(0, 12),
                pkg ? (r.packageStored() ? " with package " : " with unchanged package ") + dossier.pkg().manifest().id() : "",
                s.location().display());
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        }
    }
}
