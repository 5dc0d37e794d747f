-- Step-up requests, their decisions and the grants they produced: projections of the stepup.* ledger entries,
-- each row written in the same transaction as its entry (ledger_seq). The target is an identity KEY.
-- Timestamps are fixed-width ISO-8601 UTC text, so text order is time order.
CREATE TABLE stepup_request (
    id            TEXT    PRIMARY KEY,
    requested_at  TEXT    NOT NULL CHECK (length(requested_at) = 24),
    expires_at    TEXT    NOT NULL CHECK (length(expires_at) = 24),   -- after this it can no longer be approved
    requester     TEXT    NOT NULL,
    target        TEXT    NOT NULL,                                     -- as the request named it
    identity_key  TEXT    NOT NULL,
    privilege     TEXT    NOT NULL,
    resource      TEXT,
    environment   TEXT    NOT NULL,
    ttl_seconds   INTEGER NOT NULL CHECK (ttl_seconds > 0),
    justification TEXT    NOT NULL,
    task          TEXT,
    tools         TEXT    NOT NULL CHECK (json_valid(tools) AND json_type(tools) = 'array'),
    status        TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'granted', 'denied')),
    ledger_seq    INTEGER NOT NULL REFERENCES ledger_entry (seq)
);

CREATE INDEX stepup_request_status ON stepup_request (status, expires_at);
CREATE INDEX stepup_request_identity ON stepup_request (identity_key);

-- One row per stepup.approved / stepup.denied / stepup.revoked entry; policy = the evaluation embedded in it.
CREATE TABLE stepup_decision (
    ledger_seq  INTEGER PRIMARY KEY REFERENCES ledger_entry (seq),
    request_id  TEXT    NOT NULL REFERENCES stepup_request (id),
    decision    TEXT    NOT NULL CHECK (decision IN ('approved', 'denied', 'revoked')),
    actor       TEXT    NOT NULL,
    decided_at  TEXT    NOT NULL CHECK (length(decided_at) = 24),
    ttl_seconds INTEGER,
    reason      TEXT    NOT NULL,
    policy      TEXT    NOT NULL CHECK (json_valid(policy))
);

CREATE INDEX stepup_decision_request ON stepup_decision (request_id, ledger_seq);

-- Separation of duties, below the service: whoever asked can never approve. (Like every trigger this stops
-- accidents only; `ledger verify` checks the entries themselves.)
CREATE TRIGGER stepup_decision_no_self_approval BEFORE INSERT ON stepup_decision
WHEN NEW.decision = 'approved'
 AND lower(trim(NEW.actor)) = (SELECT lower(trim(requester)) FROM stepup_request WHERE id = NEW.request_id)
BEGIN
    SELECT RAISE(ABORT, 'step-up: the requester cannot approve their own request');
END;

CREATE TRIGGER stepup_decision_no_update BEFORE UPDATE ON stepup_decision
BEGIN
    SELECT RAISE(ABORT, 'step-up decisions are append-only: UPDATE is not allowed');
END;

-- A grant exists once a request has all the approvals its policy required. revoked_at ends it early.
CREATE TABLE stepup_grant (
    request_id   TEXT    PRIMARY KEY REFERENCES stepup_request (id),
    identity_key TEXT    NOT NULL,
    privilege    TEXT    NOT NULL,
    resource     TEXT,
    granted_at   TEXT    NOT NULL CHECK (length(granted_at) = 24),
    expires_at   TEXT    NOT NULL CHECK (length(expires_at) = 24),
    ttl_seconds  INTEGER NOT NULL CHECK (ttl_seconds > 0),
    revoked_at   TEXT    CHECK (revoked_at IS NULL OR length(revoked_at) = 24),
    revoked_by   TEXT,
    ledger_seq   INTEGER NOT NULL REFERENCES ledger_entry (seq)
);

CREATE INDEX stepup_grant_expiry ON stepup_grant (expires_at);
CREATE INDEX stepup_grant_identity ON stepup_grant (identity_key);
