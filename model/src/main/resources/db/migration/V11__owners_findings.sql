-- Accountability and findings. Both refer to a principal by its identity key (never identity.id), so they survive
-- re-imports.

-- The current owner of each identity: a projection of the owner.assigned ledger entries, written in the same
-- transaction as the entry (ledger_seq). `ledger verify` rebuilds it from the entries and compares.
CREATE TABLE identity_owner (
    identity_key TEXT    PRIMARY KEY,
    owner        TEXT    NOT NULL,
    owner_kind   TEXT    NOT NULL CHECK (owner_kind IN ('person', 'team')),
    backup       TEXT,
    backup_kind  TEXT    CHECK (backup_kind IN ('person', 'team')),
    reason       TEXT    NOT NULL,
    assigned_at  TEXT    NOT NULL CHECK (length(assigned_at) = 24),
    assigned_by  TEXT    NOT NULL,
    ledger_seq   INTEGER NOT NULL REFERENCES ledger_entry (seq),
    CHECK ((backup IS NULL) = (backup_kind IS NULL))
);

CREATE INDEX identity_owner_owner ON identity_owner (owner);

-- Every assignment, oldest first per identity: the ownership history without scanning the ledger.
CREATE TABLE owner_history (
    ledger_seq   INTEGER PRIMARY KEY REFERENCES ledger_entry (seq),
    identity_key TEXT    NOT NULL,
    owner        TEXT    NOT NULL,
    owner_kind   TEXT    NOT NULL,
    backup       TEXT,
    backup_kind  TEXT,
    reason       TEXT    NOT NULL,
    assigned_at  TEXT    NOT NULL,
    assigned_by  TEXT    NOT NULL
);

CREATE INDEX owner_history_identity ON owner_history (identity_key, ledger_seq);

-- Findings, computed by set-based rules after every import and on demand. One row per identity and rule per
-- stretch of time it was open: resolved rows stay, so "new since" and "resolved since" are queries.
-- first_seen_snapshot is the newest current snapshot describing the identity when the finding first fired.
CREATE TABLE finding (
    id                  INTEGER PRIMARY KEY,
    identity_key        TEXT    NOT NULL,
    rule                TEXT    NOT NULL,
    severity            TEXT    NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
    evidence            TEXT    NOT NULL CHECK (json_valid(evidence)),
    source              TEXT,
    first_seen_snapshot INTEGER REFERENCES snapshot (id) ON DELETE SET NULL,
    first_seen_at       TEXT    NOT NULL CHECK (length(first_seen_at) = 24),
    last_seen_at        TEXT    NOT NULL CHECK (length(last_seen_at) = 24),
    resolved_at         TEXT    CHECK (resolved_at IS NULL OR length(resolved_at) = 24),
    resolved_snapshot   INTEGER REFERENCES snapshot (id) ON DELETE SET NULL
);

CREATE UNIQUE INDEX finding_open ON finding (identity_key, rule) WHERE resolved_at IS NULL;
CREATE INDEX finding_open_rule ON finding (rule, severity) WHERE resolved_at IS NULL;
CREATE INDEX finding_first_seen ON finding (first_seen_snapshot);
CREATE INDEX finding_resolved ON finding (resolved_snapshot) WHERE resolved_snapshot IS NOT NULL;

-- Risk acceptances: the newest finding.accepted / finding.acceptance-ended entry per identity and rule.
-- Accepted while ended_at IS NULL and the current time is before accepted_until.
CREATE TABLE finding_acceptance (
    identity_key   TEXT    NOT NULL,
    rule           TEXT    NOT NULL,
    accepted_until TEXT    NOT NULL CHECK (length(accepted_until) = 24),
    reason         TEXT    NOT NULL,
    accepted_by    TEXT    NOT NULL,
    accepted_at    TEXT    NOT NULL CHECK (length(accepted_at) = 24),
    ended_at       TEXT    CHECK (ended_at IS NULL OR length(ended_at) = 24),
    ended_by       TEXT,
    end_reason     TEXT,
    ledger_seq     INTEGER NOT NULL REFERENCES ledger_entry (seq),
    PRIMARY KEY (identity_key, rule)
);

-- Rule thresholds that differ from the defaults (name = e.g. stale-credential.days).
CREATE TABLE finding_setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Owner-hint suggestions and the orphan queue look identities up by hint and by key among current rows.
CREATE INDEX identity_current_owner_hint ON identity (owner_hint) WHERE current = 1 AND owner_hint IS NOT NULL;
