-- The views of each stored package (facts and timeline events), so that facts and timelines are
-- answered across every stored document: one row per item, in view order (seq), with the item's
-- view as JSON (fact_json; event_json for events, with the earliest and latest day its date can
-- mean) and the ids it is about (package_mention; party = 1 for an event's actors, targets and
-- claimant). items_stored marks packages stored with their views (those stored before are
-- completed when imported again); title is the package's title.
ALTER TABLE package ADD COLUMN title TEXT;
ALTER TABLE package ADD COLUMN items_stored INTEGER NOT NULL DEFAULT 0;

CREATE TABLE package_item (
    package_row INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    item_id     TEXT    NOT NULL,
    earliest    TEXT,
    latest      TEXT,
    fact_json   TEXT    NOT NULL,
    event_json  TEXT,
    PRIMARY KEY (package_row, seq)
);
CREATE INDEX package_item_day ON package_item (earliest, latest);

CREATE TABLE package_mention (
    package_row INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    ref         TEXT    NOT NULL,
    party       INTEGER NOT NULL,
    PRIMARY KEY (package_row, seq, ref)
);
CREATE INDEX package_mention_ref ON package_mention (ref);
