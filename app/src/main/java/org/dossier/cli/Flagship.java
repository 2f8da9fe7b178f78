package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dossier.model.DossierPackage;
import org.dossier.restore.Restorer;
import org.dossier.store.ImportResult;
import org.dossier.store.Ingest;
import org.dossier.store.Store;

/** The bundled flagship report and its package, stored on first use. */
final class Flagship {
    static final String ID = "far-east-1932";
    private static final String REPORT = "/packages/" + ID + "/report.txt";

    private Flagship() {}

    /** Stores the flagship if it is not stored yet; returns its slug and the packages by slug. */
    static Map.Entry<String, Map<String, DossierPackage>> ensureStored(Store store, Ingest ingest) {
        String raw = report();
        ImportResult r = store.importDocument(ingest.report(ID + ".txt", raw));
        return Map.entry(r.slug(), Map.of());
    }

    static Ingest ingest() {
        return new Ingest(Restorer.standard()::restore);
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
