package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The two databases a store runs on, and the SQL that differs between them: full-text search. */
public enum Dialect {
    SQLITE("db/migration/sqlite"),
    POSTGRESQL("db/migration/postgresql");

    /** Private-use characters around a matched term in a snippet; the web turns them into marks. */
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';

    /**
     * The version of the newest migration of each dialect (a test checks it against the files):
     * a database already at it opens without starting Flyway, which costs seconds on a busy machine.
     */
    static final int SCHEMA_VERSION = 2;

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    String migrations() {
        return migrations;
    }

    /** Ranked hits: columns slug, kind, ref, page, title, snippet; parameters: query, limit. */
    String searchSql() {
        return switch (this) {
            case SQLITE -> """
                SELECT d.slug, s.kind, s.ref, s.page, s.title,
                       snippet(search_entry, 5, char(57344), char(57345), '…', 24)
                FROM search_entry s JOIN document d ON d.id = s.document_id
                WHERE search_entry MATCH ?
                ORDER BY bm25(search_entry, 0, 0, 0, 0, 4.0, 1.0), s.rowid
                LIMIT ?""";
            case POSTGRESQL -> """
                SELECT d.slug, s.kind, s.ref, s.page, s.title,
                       ts_headline('english', s.body, q,
                           'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=35, MinWords=15')
                FROM search_entry s JOIN document d ON d.id = s.document_id,
                     plainto_tsquery('english', ?) q
                WHERE s.tsv @@ q
                ORDER BY ts_rank(s.tsv, q) DESC, s.id
                LIMIT ?""";
        };
    }

    /**
     * The user's words as a query this database accepts. FTS5 has its own query language, in which
     * quotes, colons and operators are syntax: every word is quoted so that no input is an error,
     * and the words must all occur. PostgreSQL's {@code plainto_tsquery} already takes plain text.
     * Returns the empty string when nothing searchable remains.
     */
    String searchQuery(String words) {
        if (this == POSTGRESQL) {
            return words.strip();
        }
        List<String> terms = new ArrayList<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                terms.add('"' + w + '"');
            }
        }
        return String.join(" ", terms);
    }
}
