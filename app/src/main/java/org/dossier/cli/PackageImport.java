package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;
import org.dossier.restore.RawText;
import org.dossier.store.ImportResult;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.web.Library;

/** Stores a loaded package with its document, and serves the bundled ones besides the flagship. */
final class PackageImport {
    private PackageImport() {}

    /** Whether {@code path} is a package folder (it holds a manifest) rather than a report. */
    static boolean isPackage(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve("dossier.yaml"));
    }

    /**
     * Stores the package's document with the package and its views. The document is stored under
     * the package's id, unless the same text is already stored (then the package joins it).
     */
    static ImportResult store(Store store, Dossier dossier, Path folder) {
        String document = dossier.pkg().manifest().document();
        String raw;
        try {
            raw = RawText.decode(Files.readAllBytes(folder.resolve(document)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(document), e);
        }
        String name = dossier.pkg().manifest().id() + document.replaceFirst("^.*?(\\.[A-Za-z0-9]{1,5})?$", "$1");
        return store.importDocument(Ingest.modelled(name, raw, dossier));
    }

    /**
     * Loads every bundled package other than the flagship, stores it (once) and attaches it to the
     * library. A package that does not load is reported and left out; the others are served.
     */
    static void serveBundled(Store store, Library library, PrintWriter err) {
        for (Path folder : BundledPackages.others()) {
            String id = BundledPackages.name(folder);
            try {
                Dossier dossier = Dossier.load(folder);
                library.attach(store(store, dossier, folder).slug(), dossier);
            } catch (PackageException e) {
                err.println("dossier: the bundled package " + id + " did not load (" + e.issues().size()
                    + " problem(s); first: " + (e.issues().isEmpty() ? e.getMessage() : e.issues().get(0)) + ")");
                err.flush();
            }
        }
    }
}
