package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import java.util.function.Function;
import org.dossier.model.DossierPackage;
import org.dossier.restore.Edition;

/**
 * Prepares what an import stores: restores the raw text with the restorer it is given, and turns a
 * package into JSON and search rows.
 */
public final class Ingest {
    private final Function<String, Edition> restorer;

    public Ingest(Function<String, Edition> restorer) {
        this.restorer = Objects.requireNonNull(restorer, "restorer");
    }

    /** A report alone, restored. */
    public Submission report(String name, String raw) {
        return Submission.report(name, raw, restorer.apply(raw));
    }

    /** A report already restored, with the package that models it, stored under the package's id. */
    public static Submission modelled(String name, String raw, Edition edition, DossierPackage pkg) {
        String id = pkg.manifest() == null ? null : pkg.manifest().id();
        try {
            String json = Store.JSON.writeValueAsString(pkg);
            Submission.PackageEntry entry = new Submission.PackageEntry(id == null ? "package" : id, json,
                FactCatalog.of(pkg).entries());
            return new Submission(name, id, raw, edition, entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a package is plain records and always serialises", e);
        }
    }
}
