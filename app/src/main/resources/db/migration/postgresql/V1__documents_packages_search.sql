-- Restored documents, the packages that model them, and one full-text index (tsvector) over the
-- restored paragraphs, footnotes and the packages' facts.
CREATE TABLE document (
    id           BIGSERIAL PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    sha256       TEXT NOT NULL UNIQUE,
    file_name    TEXT NOT NULL,
    title        TEXT,
    imported_at  TEXT NOT NULL,
    raw_text     TEXT NOT NULL,
    edition_json TEXT NOT NULL
);

CREATE TABLE package (
    id           BIGSERIAL PRIMARY KEY,
    document_id  BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    package_id   TEXT   NOT NULL,
    package_json TEXT   NOT NULL,
    UNIQUE (document_id, package_id)
);

-- kind: paragraph | footnote | fact; ref: the paragraph, footnote or fact id (kind/id for facts).
CREATE TABLE search_entry (
    id          BIGSERIAL PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    kind        TEXT   NOT NULL,
    ref         TEXT   NOT NULL,
    page        INTEGER,
    title       TEXT   NOT NULL,
    body        TEXT   NOT NULL,
    tsv         TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)) STORED
);
CREATE INDEX search_entry_tsv ON search_entry USING GIN (tsv);
CREATE INDEX search_entry_document ON search_entry (document_id);
