package org.dossier.web;

import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.pkg.Dossier;
import org.dossier.store.DocumentSummary;
import org.dossier.store.FactCatalog;
import org.dossier.store.Ingest;
import org.dossier.store.Store;
import org.dossier.store.StoredDocument;

/**
 * What the site serves: the store, the document it opens on, and the loaded packages modelling
 * documents. A package may still be loading when the server starts answering (pages that need it
 * say so), or may have failed to load (they say why). The store itself may still be opening when the
 * server starts listening: what reads it waits for it. Stored documents never change, being keyed by
 * content, so what is read once is kept.
 */
public final class Library {
    private final CompletableFuture<Store> store;
    private final String flagship;
    private final Ingest ingest;
    private final Map<String, Model> models = new ConcurrentHashMap<>();
    private final Map<String, String> unavailable = new ConcurrentHashMap<>();
    private final Map<String, StoredDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, FactCatalog> storedFacts = new ConcurrentHashMap<>();

    /**
     * @param flagship the slug of the document the site opens on
     * @param ingest   restores what the web imports (used only with {@code --allow-import})
     */
    public Library(Store store, String flagship, Ingest ingest) {
        this(CompletableFuture.completedFuture(store), flagship, ingest);
    }

    /** A library on a store still opening: requests that read it wait for it, the others answer at once. */
    public Library(CompletableFuture<Store> store, String flagship, Ingest ingest) {
        this.store = store;
        this.flagship = flagship;
        this.ingest = ingest;
    }

    /** Serves {@code dossier} as the model of the document stored under {@code slug}. */
    public void attach(String slug, Dossier dossier) {
        Model model = Model.of(dossier);
        models.put(slug, model);
        storedFacts.remove(slug);
        unavailable.remove(slug);
        documents.remove(slug);
    }

    /** Records why the document under {@code slug} has no model; its pages say so. */
    public void unavailable(String slug, String reason) {
        unavailable.put(slug, reason);
    }

    /** The store, once open; its failure to open is the failure of every request that needs it. */
    Store store() {
        try {
            return store.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    Ingest ingest() {
        return ingest;
    }

    String flagship() {
        return flagship;
    }

    List<DocumentSummary> documents() {
        return store().listDocuments();
    }

    /** A stored document; a modelled one is read in the edition its package's anchors were resolved in. */
    Optional<StoredDocument> document(String slug) {
        StoredDocument known = documents.get(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StoredDocument> read = store().findDocument(slug).map(d -> {
            Model m = models.get(slug);
            return m == null || m.dossier().edition() == null ? d
                : new StoredDocument(d.summary(), d.raw(), m.dossier().edition(), d.packageJson());
        });
        read.ifPresent(d -> documents.put(slug, d));
        return read;
    }

    /** A stored document; else 503 while the flagship is being stored on first run, or 404. */
    StoredDocument requireDocument(String slug) {
        return document(slug).orElseThrow(() -> slug.equals(flagship) && !models.containsKey(slug)
                && !unavailable.containsKey(slug)
            ? new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                "'" + slug + "' is being restored and stored; try again in a moment")
            : new HttpResponseException(HttpStatus.NOT_FOUND.getCode(), "no document '" + slug + "'"));
    }

    /**
     * The facts of the package modelling {@code slug}: the loaded model's, else those of the package
     * stored with it (a package imported with {@code dossier import PACKAGE} and not bundled), or 404.
     */
    FactCatalog facts(String slug) {
        Model m = models.get(slug);
        if (m != null) {
            return m.facts();
        }
        return storedFacts.computeIfAbsent(slug, s -> store().findPackage(s).map(FactCatalog::of).orElseThrow(() ->
            new HttpResponseException(HttpStatus.NOT_FOUND.getCode(), "no package models '" + s + "'")));
    }

    Optional<Model> model(String slug) {
        return Optional.ofNullable(models.get(slug));
    }

    /** The model of {@code slug}; else 503 while loading, or 404 saying why there is none. */
    Model requireModel(String slug) {
        Model m = models.get(slug);
        if (m != null) {
            return m;
        }
        String reason = unavailable.get(slug);
        if (reason != null) {
            throw new HttpResponseException(HttpStatus.NOT_FOUND.getCode(), "no model for '" + slug + "': " + reason);
        }
        if (slug.equals(flagship)) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                "the model of '" + slug + "' is still loading; try again in a moment");
        }
        throw new HttpResponseException(HttpStatus.NOT_FOUND.getCode(), "no package models '" + slug + "'");
    }

    Model flagshipModel() {
        return requireModel(flagship);
    }
}
