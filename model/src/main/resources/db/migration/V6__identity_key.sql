-- The identity key: one principal, however many importers describe it. Governance data (owners, findings,
-- step-up grants, campaign items) refers to an identity by this key, never by the per-snapshot row id, so it
-- survives re-imports and importer changes. IdentityKeys computes it at import time; rows of older ledgers
-- get the same value here.
ALTER TABLE identity ADD COLUMN identity_key TEXT;

UPDATE identity SET identity_key = CASE
    WHEN native_id LIKE 'arn:%' THEN native_id
    ELSE (SELECT s.source FROM snapshot s WHERE s.id = identity.snapshot_id) || '|' || native_id
END;

CREATE INDEX identity_current_key ON identity (identity_key, id) WHERE current = 1;
