-- Access review campaigns. A campaign is created (draft), opened (its items frozen), decided item by item,
-- signed off per reviewer and closed. Every change is also a ledger entry in the same transaction; these
-- tables are the projection the console and CLI read. Items refer to identities by their identity key.

CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    period      TEXT,                               -- free text, e.g. 2026-Q4
    due_date    TEXT    NOT NULL CHECK (length(due_date) = 10),   -- YYYY-MM-DD
    owner       TEXT    NOT NULL,                   -- the campaign owner: reviewer of unowned items
    scope       TEXT    NOT NULL,                   -- the scope query, normalised ('' = every current identity)
    state       TEXT    NOT NULL CHECK (state IN ('draft', 'open', 'closed')),
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    opened_at   TEXT,
    closed_at   TEXT,
    item_count  INTEGER NOT NULL DEFAULT 0,
    items_hash  TEXT,                               -- stream hash over the frozen items (docs/LEDGER.md)
    created_seq INTEGER REFERENCES ledger_entry (seq),
    opened_seq  INTEGER REFERENCES ledger_entry (seq),
    closed_seq  INTEGER REFERENCES ledger_entry (seq)
);

-- One item per identity key in scope, frozen when the campaign opens: `frozen` is the canonical JSON of what
-- the reviewer is asked about, `frozen_hash` its SHA-256. Later imports never touch these rows.
CREATE TABLE campaign_item (
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaign (id),
    item_no        INTEGER NOT NULL,                -- 1..n inside the campaign: what the CLI calls ITEM
    identity_key   TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    owner          TEXT,                            -- accountable owner when opened; NULL = unowned
    reviewer       TEXT    NOT NULL,                -- who decides it now (changes with delegation)
    max_severity   TEXT,                            -- highest open finding when opened, NULL = none
    finding_rules  TEXT,                            -- comma-separated rule ids of those findings
    recommendation TEXT    NOT NULL CHECK (recommendation IN ('certify', 'revoke', 'reduce', 'review')),
    recommendation_reason TEXT NOT NULL,
    previous_decision TEXT,                         -- this identity's decision in the previous campaign
    frozen         TEXT    NOT NULL,
    frozen_hash    TEXT    NOT NULL CHECK (length(frozen_hash) = 64),
    decision       TEXT    CHECK (decision IN ('certify', 'revoke', 'reduce', 'no-response')),
    decision_seq   INTEGER REFERENCES ledger_entry (seq),   -- the entry that made the current decision
    UNIQUE (campaign_id, item_no)
);

CREATE INDEX campaign_item_reviewer ON campaign_item (campaign_id, reviewer, item_no);
CREATE INDEX campaign_item_key ON campaign_item (identity_key, campaign_id);

-- Every decision and delegation, superseded ones included: an item's history. The current decision is the
-- newest row of action 'decide' (or 'no-response' written by close).
CREATE TABLE campaign_action (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES campaign_item (id),
    seq         INTEGER NOT NULL REFERENCES ledger_entry (seq),
    action      TEXT    NOT NULL CHECK (action IN ('certify', 'revoke', 'reduce', 'delegate', 'no-response')),
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    comment     TEXT,
    remove      TEXT,                               -- JSON array: grants or credentials a reduce removes
    to_person   TEXT,                               -- delegate: the new reviewer
    supersedes  INTEGER REFERENCES ledger_entry (seq)   -- the decision this one corrects
);

CREATE INDEX campaign_action_item ON campaign_action (item_id, id);

CREATE TABLE campaign_signoff (
    campaign_id    INTEGER NOT NULL REFERENCES campaign (id),
    reviewer       TEXT    NOT NULL,
    seq            INTEGER NOT NULL REFERENCES ledger_entry (seq),
    checkpoint_seq INTEGER REFERENCES ledger_entry (seq),
    item_count     INTEGER NOT NULL,
    decisions_hash TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, reviewer)
);
