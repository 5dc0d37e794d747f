-- Column mappings the user confirmed for spreadsheets whose headers were not recognised, one per source
-- and importer, so the next import of that source uses it. mapping = JSON object {header: concept id}.
CREATE TABLE column_mapping (
    source      TEXT NOT NULL,
    importer_id TEXT NOT NULL,
    mapping     TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'object'),
    saved_at    TEXT NOT NULL CHECK (length(saved_at) = 24),
    saved_by    TEXT NOT NULL,
    PRIMARY KEY (source, importer_id)
);

-- The people directory: each import is a snapshot (importer people-directory) whose people live here, not
-- in identity. `current` marks the newest people snapshot's rows, so owner-departed is one query:
--   SELECT i.* FROM identity i
--   LEFT JOIN person p ON p.current = 1 AND p.person_key = lower(trim(i.owner_hint))
--   WHERE i.current = 1 AND i.owner_hint IS NOT NULL AND (p.id IS NULL OR p.status = 'left');
-- person_key is the lower-case e-mail when there is one, else the lower-case person id; person_alias
-- lets an owner recorded by the other key match too (same join on person_alias.alias_key).
CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    current     INTEGER CHECK (current = 1),
    person_key  TEXT    NOT NULL,
    person_id   TEXT,
    email       TEXT,
    name        TEXT,
    team        TEXT,
    status      TEXT    NOT NULL CHECK (status IN ('active', 'left')),
    left_at     TEXT    CHECK (left_at IS NULL OR length(left_at) = 24),
    record_no   INTEGER NOT NULL,
    UNIQUE (snapshot_id, person_key)
);

CREATE UNIQUE INDEX person_current_key ON person (person_key) WHERE current = 1;
CREATE INDEX person_snapshot ON person (snapshot_id);

CREATE TABLE person_alias (
    alias_key TEXT    NOT NULL,
    person    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    current   INTEGER CHECK (current = 1),
    PRIMARY KEY (alias_key, person)
) WITHOUT ROWID;

CREATE INDEX person_alias_current ON person_alias (alias_key) WHERE current = 1;
