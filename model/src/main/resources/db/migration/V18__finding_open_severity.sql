-- The open findings of one severity, by identity: the inventory's risk facet and risk order reach a rare risk level
-- (a few critical identities among a million) through this range instead of checking every identity.
CREATE INDEX finding_open_severity ON finding (severity, identity_key) WHERE resolved_at IS NULL;
