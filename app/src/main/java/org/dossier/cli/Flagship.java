package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.PackageException;
import org.dossier.restore.Restorer;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.web.Library;

/** The bundled flagship report and its package: loaded, stored on first use, and served. */
final class Flagship {
    static final String ID = "far-east-1932";
    private static final String REPORT = "/" + Dossier.BUNDLED + "/report.txt";

    private Flagship() {}

    /**
     * Restores with the standard restorer, built on the first restoration (building it reads its word
     * list, a second of start-up that serving the stored documents does not need).
     */
    static Ingest ingest() {
        return new Ingest(raw -> Restorer.standard().restore(raw));
    }

    /**
     * Loads the bundled package, stores its report (once) and attaches it to the library. When the
     * package does not load, the report is still stored and served, and the library says why the
     * model pages are empty.
     */
    static void load(Store store, Library library, PrintWriter err) {
        String raw = report();
        try {
            Dossier dossier = Dossier.loadBundled();
            store.importDocument(Ingest.modelled(ID + ".txt", raw, dossier));
            library.attach(ID, dossier);
        } catch (PackageException e) {
            String first = e.issues().isEmpty() ? e.getMessage() : e.issues().get(0).toString();
            String reason = "the bundled package did not load (" + e.issues().size() + " problem"
                + (e.issues().size() == 1 ? "" : "s") + "; first: " + first + ")";
            store.importDocument(ingest().report(ID + ".txt", raw));
            library.unavailable(ID, reason);
            err.println("dossier: " + reason + "; serving the report without its model");
            err.flush();
        }
    }

    static String report() {
        try (InputStream in = Flagship.class.getResourceAsStream(REPORT)) {
            if (in == null) {
                throw new IllegalStateException("the flagship report is missing from the build: " + REPORT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
