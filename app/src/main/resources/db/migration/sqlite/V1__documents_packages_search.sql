-- Restored documents, the packages that model them, and one full-text index (FTS5) over the
-- restored paragraphs, footnotes and the packages' facts.
CREATE TABLE document (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    slug         TEXT    NOT NULL UNIQUE,
    sha256       TEXT    NOT NULL UNIQUE,
    file_name    TEXT    NOT NULL,
    title        TEXT,
    imported_at  TEXT    NOT NULL,
    raw_text     TEXT    NOT NULL,
    edition_json TEXT    NOT NULL
);

CREATE TABLE package (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    package_id   TEXT    NOT NULL,
    package_json TEXT    NOT NULL,
    UNIQUE (document_id, package_id)
);

-- kind: paragraph | footnote | fact; ref: the paragraph, footnote or fact id (kind/id for facts).
CREATE VIRTUAL TABLE search_entry USING fts5(
    document_id UNINDEXED,
    kind UNINDEXED,
    ref UNINDEXED,
    page UNINDEXED,
    title,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
