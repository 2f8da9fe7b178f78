package org.dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dossier.model.DossierPackage;
import org.dossier.restore.Footnote;
import org.dossier.restore.Paragraph;

/** Writes one submission in one transaction on the connection it is given. */
final class Importer {
    private static final int MAX_SLUG = 60;

    private final Connection c;
    private final Runnable checkpoint;

    /** {@code checkpoint} runs after every row written; tests use it to interrupt an import. */
    Importer(Connection c, Runnable checkpoint) {
        this.c = c;
        this.checkpoint = checkpoint;
    }

    ImportResult run(Submission s) throws SQLException, IOException {
        String sha = sha256(s.raw());
        c.setAutoCommit(false);
        try {
            ImportResult result = write(s, sha);
            c.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private ImportResult write(Submission s, String sha) throws SQLException, IOException {
        Long existing = documentId("SELECT id FROM document WHERE sha256 = ?", sha);
        if (existing != null) {
            String slug = slugOf(existing);
            boolean added = s.pkg() != null && storePackage(existing, s);
            return new ImportResult(slug, sha, false, added);
        }
        String slug = freeSlug(slugBase(s));
        long id = insertDocument(s, sha, slug);
        for (Paragraph p : s.edition().paragraphs()) {
            index(id, "paragraph", p.id(), p.page(), "Page " + p.page(), p.text());
        }
        for (Footnote f : s.edition().footnotes()) {
            index(id, "footnote", f.id(), f.page(), "Footnote " + f.label(), f.text());
        }
        boolean pkg = s.pkg() != null && storePackage(id, s);
        return new ImportResult(slug, sha, true, pkg);
    }

    private long insertDocument(Submission s, String sha, String slug) throws SQLException, IOException {
        String title = s.edition().metadata() == null ? null : s.edition().metadata().title();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO document (slug, sha256, file_name, title, imported_at, raw_text, edition_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, slug);
            ps.setString(2, sha);
            ps.setString(3, s.name());
            ps.setString(4, title);
            ps.setString(5, Instant.now().toString());
            ps.setString(6, s.raw());
            ps.setString(7, Store.JSON.writeValueAsString(s.edition()));
            ps.executeUpdate();
            checkpoint.run();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Stores the package unless the same one is stored with its views. A package of the same id whose
     * content changed, or that was stored before views were kept, is replaced whole: its row, its
     * views and the document's fact index rows (those of the document's other packages are written
     * again from their stored JSON).
     */
    private boolean storePackage(long documentId, Submission s) throws SQLException, IOException {
        Long old = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, package_json, items_stored FROM package WHERE document_id = ? AND package_id = ?")) {
            ps.setLong(1, documentId);
            ps.setString(2, s.pkg().id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getInt(3) == 1 && s.pkg().json().equals(rs.getString(2))) {
                        return false;
                    }
                    old = rs.getLong(1);
                }
            }
        }
        if (old != null) {
            execute("DELETE FROM package WHERE id = ?", old);
            execute("DELETE FROM search_entry WHERE document_id = ? AND kind = 'fact'", documentId);
            for (String json : otherPackages(documentId)) {
                indexFacts(documentId, FactCatalog.of(Store.JSON.readValue(json, DossierPackage.class)).entries());
            }
        }
        long row = insertPackage(documentId, s.pkg());
        checkpoint.run();
        indexFacts(documentId, s.pkg().facts());
        new ViewWriter(c, checkpoint).write(row, s.pkg().items());
        return true;
    }

    private long insertPackage(long documentId, Submission.PackageEntry pkg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO package (document_id, package_id, package_json, title, items_stored) VALUES (?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, documentId);
            ps.setString(2, pkg.id());
            ps.setString(3, pkg.json());
            ps.setString(4, pkg.title());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<String> otherPackages(long documentId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT package_json FROM package WHERE document_id = ? ORDER BY id")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void indexFacts(long documentId, List<Submission.FactEntry> facts) throws SQLException {
        for (Submission.FactEntry f : facts) {
            index(documentId, "fact", f.kind() + "/" + f.id(), f.page(), f.label(), f.body());
        }
    }

    private void execute(String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void index(long documentId, String kind, String ref, Integer page, String title, String body)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO search_entry (document_id, kind, ref, page, title, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, documentId);
            ps.setString(2, kind);
            ps.setString(3, ref);
            if (page == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, page);
            }
            ps.setString(5, title);
            ps.setString(6, body);
            ps.executeUpdate();
        }
        checkpoint.run();
    }

    private Long documentId(String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private String slugOf(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private String freeSlug(String base) throws SQLException {
        String slug = base;
        for (int n = 2; documentId("SELECT id FROM document WHERE slug = ?", slug) != null; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower-case letters, digits and hyphens from the wished-for slug or the file name. */
    static String slugBase(Submission s) {
        String from = s.slug() != null ? s.slug() : s.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = from.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "document" : slug;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
