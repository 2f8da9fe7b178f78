package org.dossier.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.pkg.views.FactItem;
import org.dossier.pkg.views.TimelineEvent;

/**
 * Reads the stored views of every document: events merged in date order (the order of
 * {@link org.dossier.pkg.views.Timeline}: earliest day, else latest, then latest day; then document
 * and package order), facts document by document in view order. Only the filters asked for are
 * written into the SQL, so that no parameter is ever untyped.
 */
final class ViewQueries {
    private static final String FROM = """
        FROM package_item i JOIN package p ON p.id = i.package_row JOIN document d ON d.id = p.document_id
        """;
    private static final String DOCUMENT = "SELECT d.slug, p.package_id, COALESCE(p.title, d.title, d.file_name), ";
    private static final String MENTION = " AND EXISTS (SELECT 1 FROM package_mention m"
        + " WHERE m.package_row = i.package_row AND m.seq = i.seq AND m.ref = ?";

    private ViewQueries() {}

    static List<DocumentEvent> events(Connection c, ViewQuery q) throws SQLException, IOException {
        StringBuilder sql = new StringBuilder(DOCUMENT).append("i.event_json ").append(FROM)
            .append("WHERE i.event_json IS NOT NULL");
        List<String> params = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND (i.latest IS NULL OR i.latest >= ?)");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND (i.earliest IS NULL OR i.earliest <= ?)");
            params.add(q.to().toString());
        }
        if (q.actor() != null) {
            sql.append(MENTION).append(" AND m.party = 1)");
            params.add(q.actor());
        }
        about(q, sql, params);
        sql.append("""

            ORDER BY CASE WHEN COALESCE(i.earliest, i.latest) IS NULL THEN 1 ELSE 0 END, COALESCE(i.earliest, i.latest),
                     CASE WHEN i.latest IS NULL THEN 1 ELSE 0 END, i.latest, d.id, p.id, i.seq""");
        List<DocumentEvent> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentEvent(document(rs), Store.JSON.readValue(rs.getString(4), TimelineEvent.class)));
            }
        }
        return out;
    }

    static List<DocumentFact> facts(Connection c, ViewQuery q) throws SQLException, IOException {
        StringBuilder sql = new StringBuilder(DOCUMENT).append("i.fact_json ").append(FROM).append("WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        if (q.kind() != null) {
            sql.append(" AND i.kind = ?");
            params.add(q.kind().label());
        }
        about(q, sql, params);
        sql.append(" ORDER BY d.id, p.id, i.seq");
        List<DocumentFact> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentFact(document(rs), Store.JSON.readValue(rs.getString(4), FactItem.class)));
            }
        }
        return out;
    }

    /** Every package stored with its views, in import order: the documents the views answer over. */
    static List<DocumentRef> documents(Connection c) throws SQLException {
        List<DocumentRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DOCUMENT + "NULL " + """
                FROM package p JOIN document d ON d.id = p.document_id
                WHERE p.items_stored = 1 ORDER BY d.id, p.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(document(rs));
            }
        }
        return out;
    }

    private static void about(ViewQuery q, StringBuilder sql, List<String> params) {
        if (q.about() != null) {
            sql.append(MENTION).append(")");
            params.add(q.about());
        }
    }

    private static PreparedStatement prepare(Connection c, CharSequence sql, List<String> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            ps.setString(i + 1, params.get(i));
        }
        return ps;
    }

    private static DocumentRef document(ResultSet rs) throws SQLException {
        return new DocumentRef(rs.getString(1), rs.getString(2), rs.getString(3));
    }
}
