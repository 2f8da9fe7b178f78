package org.dossier.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.DossierPackage;
import org.dossier.restore.Edition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Restored documents, their packages and a full-text index, in SQLite or PostgreSQL. The one
 * public entry point of storage: {@link #open} migrates the schema, {@link #importDocument} writes
 * one document in one transaction, the rest reads. Safe for concurrent use.
 */
public final class Store implements AutoCloseable {
    private static final int SQLITE_CONNECTIONS = 4;
    private static final int POSTGRESQL_CONNECTIONS = 8;
    static final ObjectMapper JSON = new ObjectMapper()
        .registerModule(new Jdk8Module())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final StoreLocation location;
    private final ConnectionPool pool;

    private Store(StoreLocation location) {
        this.location = location;
        this.pool = new ConnectionPool(location,
            location.dialect() == Dialect.SQLITE ? SQLITE_CONNECTIONS : POSTGRESQL_CONNECTIONS);
    }

    /** Opens the store, creating the SQLite file on first use, and brings its schema up to date. */
    public static Store open(StoreLocation location) {
        if (location.file() != null) {
            try {
                Files.createDirectories(location.file().toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new StoreException("cannot create the folder of " + location.display(), e);
            }
        }
        if (isCurrent(location)) {
            return new Store(location);
        }
        try {
            Flyway.configure(Store.class.getClassLoader())
                .dataSource(location.jdbcUrl(), null, null)
                .locations("classpath:" + location.dialect().migrations())
                .load()
                .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open or migrate the database " + location.display(), e);
        }
        return new Store(location);
    }

    /** Whether the schema is already at {@link Dialect#SCHEMA_VERSION}; any doubt means no. */
    private static boolean isCurrent(StoreLocation location) {
        if (location.file() != null && !Files.isRegularFile(location.file())) {
            return false;
        }
        try (Connection c = java.sql.DriverManager.getConnection(location.jdbcUrl());
             PreparedStatement ps = c.prepareStatement(
                 "SELECT version FROM flyway_schema_history WHERE success = " + (location.dialect() == Dialect.SQLITE ? "1" : "true"));
             ResultSet rs = ps.executeQuery()) {
            int newest = 0;
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    newest = Math.max(newest, Integer.parseInt(v));
                }
            }
            return newest == Dialect.SCHEMA_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    public StoreLocation location() {
        return location;
    }

    /**
     * Stores a document with its index (and package, if given) in one transaction: on any failure
     * nothing of it is kept. Idempotent: a text already stored (same SHA-256) is not stored again;
     * a package not yet stored with it is added.
     */
    public ImportResult importDocument(Submission submission) {
        return importDocument(submission, () -> { });
    }

    /** As {@link #importDocument(Submission)}, calling {@code checkpoint} after each row written. */
    ImportResult importDocument(Submission submission, Runnable checkpoint) {
        return withConnection(c -> new Importer(c, checkpoint).run(submission), "cannot import " + submission.name());
    }

    public List<DocumentSummary> listDocuments() {
        return withConnection(c -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT slug, title, file_name, sha256, imported_at FROM document ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        }, "cannot list documents");
    }

    /** The document stored under {@code slug}, or empty. */
    public Optional<StoredDocument> findDocument(String slug) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.slug, d.title, d.file_name, d.sha256, d.imported_at, d.raw_text, d.edition_json,
                           (SELECT p.package_json FROM package p WHERE p.document_id = d.id ORDER BY p.id LIMIT 1)
                    FROM document d WHERE d.slug = ?""")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Edition edition = JSON.readValue(rs.getString(7), Edition.class);
                    return Optional.of(new StoredDocument(summary(rs), rs.getString(6), edition, rs.getString(8)));
                }
            }
        }, "cannot read document " + slug);
    }

    /** The key a text is stored under: the SHA-256 of its UTF-8 bytes, as {@link #findSlugBySha256} takes it. */
    public static String contentHash(String raw) {
        return Importer.sha256(raw);
    }

    /** The slug of the document with this text's SHA-256, or empty. */
    public Optional<String> findSlugBySha256(String sha256) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM document WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }, "cannot look up a document");
    }

    /** Full-text search over paragraphs, footnotes and facts, best first; no words, no hits. */
    public List<SearchHit> search(String words, int limit) {
        String query = location.dialect().searchQuery(words == null ? "" : words);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        return withConnection(c -> {
            List<SearchHit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(location.dialect().searchSql())) {
                ps.setString(1, query);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int page = rs.getInt(4);
                        out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : page, rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        }, "cannot search");
    }

    /**
     * The events of every stored package, merged in date order, each naming its document; filtered
     * by {@code query}'s dates, actor and {@code about}.
     */
    public List<DocumentEvent> timeline(ViewQuery query) {
        return withConnection(c -> ViewQueries.events(c, query), "cannot read the timeline");
    }

    /** The facts of every stored package, document by document, each naming its document; filtered by kind and {@code about}. */
    public List<DocumentFact> facts(ViewQuery query) {
        return withConnection(c -> ViewQueries.facts(c, query), "cannot read the facts");
    }

    /** As {@code timeline --stored --format json}: {@code documents} (those modelled) and {@code events}. */
    public Map<String, Object> timelineDocument(ViewQuery query) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("documents", listModelledDocuments());
        doc.put("events", timeline(query));
        return doc;
    }

    /** As {@code facts --stored --format json}: {@code documents} (those modelled) and {@code items}. */
    public Map<String, Object> factsDocument(ViewQuery query) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("documents", listModelledDocuments());
        doc.put("items", facts(query));
        return doc;
    }

    /** The packages whose views are stored, in import order: what {@link #timeline} and {@link #facts} answer over. */
    public List<DocumentRef> listModelledDocuments() {
        return withConnection(ViewQueries::documents, "cannot list the packages");
    }

    /** The first package stored with the document under {@code slug}, or empty. */
    public Optional<DossierPackage> findPackage(String slug) {
        return findDocument(slug).flatMap(StoredDocument::findPackageJson).map(json -> {
            try {
                return JSON.readValue(json, DossierPackage.class);
            } catch (IOException e) {
                throw new StoreException("cannot read the package of " + slug, e);
            }
        });
    }

    /** Every stored package (as many as documents have), to resolve names in; in import order. */
    public List<DossierPackage> listPackages() {
        return withConnection(c -> {
            List<DossierPackage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT package_json FROM package WHERE items_stored = 1 ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(JSON.readValue(rs.getString(1), DossierPackage.class));
                }
            }
            return out;
        }, "cannot read the packages");
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private <T> T withConnection(SqlWork<T> work, String failure) {
        Connection c = null;
        try {
            c = pool.acquire();
            return work.run(c);
        } catch (SQLException | IOException e) {
            throw new StoreException(failure, e);
        } finally {
            if (c != null) {
                try {
                    pool.release(c);
                } catch (SQLException e) {
                    throw new StoreException("cannot reset a connection", e);
                }
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException, IOException;
    }
}
