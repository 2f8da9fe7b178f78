package org.dossier.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.DossierPackage;
import org.dossier.store.DocumentSummary;
import org.dossier.store.FactCatalog;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.store.StoredDocument;

/**
 * What the site serves: the store, the document it opens on, and the packages modelling documents
 * (given in memory for the bundled flagship). Stored documents never change (they are keyed by
 * content), so what is read once is kept.
 */
public final class Library {
    private final Store store;
    private final String flagship;
    private final Ingest ingest;
    private final Map<String, Modelled> models = new ConcurrentHashMap<>();
    private final Map<String, StoredDocument> documents = new ConcurrentHashMap<>();

    /** A package with what is derived from it once. */
    record Modelled(DossierPackage pkg, FactCatalog facts, Highlights highlights) {}

    /**
     * @param flagship the slug of the document the site opens on
     * @param packages packages by the slug of the document they model
     * @param ingest   restores what the web imports (used only with {@code --allow-import})
     */
    public Library(Store store, String flagship, Map<String, DossierPackage> packages, Ingest ingest) {
        this.store = store;
        this.flagship = flagship;
        this.ingest = ingest;
        packages.forEach((slug, pkg) -> document(slug).ifPresent(doc -> models.put(slug, model(pkg, doc))));
    }

    Store store() {
        return store;
    }

    Ingest ingest() {
        return ingest;
    }

    String flagship() {
        return flagship;
    }

    List<DocumentSummary> documents() {
        return store.listDocuments();
    }

    Optional<StoredDocument> document(String slug) {
        StoredDocument known = documents.get(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StoredDocument> read = store.findDocument(slug);
        read.ifPresent(d -> documents.put(slug, d));
        return read;
    }

    /** The package modelling a document, if any. */
    Optional<Modelled> model(String slug) {
        return Optional.ofNullable(models.get(slug));
    }

    Optional<Modelled> flagshipModel() {
        return model(flagship);
    }

    private static Modelled model(DossierPackage pkg, StoredDocument doc) {
        FactCatalog facts = FactCatalog.of(pkg);
        return new Modelled(pkg, facts, Highlights.locate(facts, doc.edition()));
    }
}
