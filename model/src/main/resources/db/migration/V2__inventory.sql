-- Inventory: every imported file becomes one snapshot; identities, credentials, grants and links are
-- scoped to their snapshot and never change afterwards, except `identity.current`, which marks the rows
-- of the newest snapshot of each series (source + importer) so the console pages over them with
-- partial indexes. Timestamps are fixed-width ISO-8601 UTC text (2016-05-16T18:13:11.000Z): text order
-- is time order. No column ever holds secret material (the importers' secret guard drops it).

CREATE TABLE snapshot (
    id               INTEGER PRIMARY KEY,
    source           TEXT    NOT NULL,              -- system + scope, e.g. aws:123456789012
    importer_id      TEXT    NOT NULL,
    importer_version TEXT    NOT NULL,
    file_name        TEXT    NOT NULL,
    file_sha256      TEXT    NOT NULL CHECK (length(file_sha256) = 64),
    file_size        INTEGER NOT NULL,
    generated_at     TEXT    CHECK (generated_at IS NULL OR length(generated_at) = 24),
    imported_at      TEXT    NOT NULL CHECK (length(imported_at) = 24),
    imported_by      TEXT    NOT NULL,
    record_count     INTEGER NOT NULL DEFAULT 0,    -- records read from the file
    identity_count   INTEGER NOT NULL DEFAULT 0,    -- identities kept after de-duplication
    credential_count INTEGER NOT NULL DEFAULT 0,
    grant_count      INTEGER NOT NULL DEFAULT 0,
    link_count       INTEGER NOT NULL DEFAULT 0,
    duplicate_count  INTEGER NOT NULL DEFAULT 0,
    warning_count    INTEGER NOT NULL DEFAULT 0,
    refused_count    INTEGER NOT NULL DEFAULT 0,    -- secret values found and not stored
    ledger_seq       INTEGER REFERENCES ledger_entry (seq)   -- the snapshot.imported entry, same transaction
);

CREATE INDEX snapshot_series ON snapshot (source, importer_id, id);

-- Warnings and refused secrets per record. Where and why only: never the value.
CREATE TABLE snapshot_issue (
    id          INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    severity    TEXT    NOT NULL CHECK (severity IN ('warning', 'refused')),
    record_no   INTEGER NOT NULL,
    line_no     INTEGER NOT NULL,
    field       TEXT,
    rule        TEXT    NOT NULL,
    message     TEXT    NOT NULL
);

CREATE INDEX snapshot_issue_snapshot ON snapshot_issue (snapshot_id, severity, id);

CREATE TABLE identity (
    id           INTEGER PRIMARY KEY,
    snapshot_id  INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    current      INTEGER CHECK (current = 1),       -- 1 in the newest snapshot of its series, else NULL
    parent_id    INTEGER REFERENCES identity (id) ON DELETE CASCADE, -- the identity this one belongs to (a key's user)
    native_id    TEXT    NOT NULL,                  -- the stable id within the source (ARN, uid, ...)
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL,                  -- lower-case name: sort and search key
    kind         TEXT    NOT NULL,
    environment  TEXT,
    owner_hint   TEXT,
    enabled      INTEGER CHECK (enabled IN (0, 1)), -- NULL = the source does not say
    created_at   TEXT    CHECK (created_at IS NULL OR length(created_at) = 24),
    last_used_at TEXT    CHECK (last_used_at IS NULL OR length(last_used_at) = 24),
    attributes   TEXT,                              -- JSON object of importer-derived facts, or NULL
    tags         TEXT,                              -- JSON object of the source's own labels, or NULL
    content_hash INTEGER NOT NULL,                  -- over every field and child row: diff finds changes with it
    record_no    INTEGER NOT NULL
);

-- One stable id per snapshot; diff, history and link look-ups go through it.
CREATE UNIQUE INDEX identity_native ON identity (snapshot_id, native_id);
CREATE INDEX identity_parent ON identity (parent_id) WHERE parent_id IS NOT NULL;

-- Browsing the latest snapshots: partial indexes hold only current rows, so history costs them nothing.
-- Each serves keyset paging on one sort column (ties broken by id). Kind/environment/owner filters scan
-- one of these in sort order; facet counts without a filter come from snapshot_facet.
-- (A bulk import into a small ledger drops and rebuilds the identity indexes inside its transaction.)
CREATE INDEX identity_current_name ON identity (name_key, id) WHERE current = 1;
CREATE INDEX identity_current_last_used ON identity (last_used_at, id) WHERE current = 1;
CREATE INDEX identity_current_created ON identity (created_at, id) WHERE current = 1;

-- Counts per facet value of each snapshot, written by the import: unfiltered facets without a scan.
CREATE TABLE snapshot_facet (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    facet       TEXT    NOT NULL CHECK (facet IN ('kind', 'environment', 'owner', 'enabled')),
    value       TEXT,                               -- NULL = unknown / none
    count       INTEGER NOT NULL
);

CREATE INDEX snapshot_facet_snapshot ON snapshot_facet (snapshot_id, facet);

-- Children are clustered by identity (WITHOUT ROWID, key = identity + position): reading one identity's
-- children is one range scan, and a bulk import appends in key order.
CREATE TABLE credential (
    identity_id     INTEGER NOT NULL REFERENCES identity (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    native_id       TEXT    NOT NULL,               -- slot (key1), public id or fingerprint; never the secret
    masked_id       TEXT,                           -- what may be shown, e.g. AKIA************WXYZ
    kind            TEXT    NOT NULL,
    active          INTEGER CHECK (active IN (0, 1)),
    created_at      TEXT    CHECK (created_at IS NULL OR length(created_at) = 24),
    last_rotated_at TEXT    CHECK (last_rotated_at IS NULL OR length(last_rotated_at) = 24),
    last_used_at    TEXT    CHECK (last_used_at IS NULL OR length(last_used_at) = 24),
    expires_at      TEXT    CHECK (expires_at IS NULL OR length(expires_at) = 24),
    PRIMARY KEY (identity_id, position)
) WITHOUT ROWID;

CREATE TABLE access_grant (
    identity_id INTEGER NOT NULL REFERENCES identity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    privilege   TEXT    NOT NULL,
    resource    TEXT,
    via         TEXT,
    condition   TEXT,
    PRIMARY KEY (identity_id, position)
) WITHOUT ROWID;

CREATE TABLE identity_link (
    identity_id      INTEGER NOT NULL REFERENCES identity (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    kind             TEXT    NOT NULL,
    target_source    TEXT,
    target_native_id TEXT    NOT NULL,
    PRIMARY KEY (identity_id, position)
) WITHOUT ROWID;
