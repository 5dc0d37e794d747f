-- A Kubernetes service account is namespace/name in its cluster: its uid changes when it is re-created, and the
-- importer now keys it by namespace/name (IdentityRecord.principal). Rows of older imports get the same key.
UPDATE identity SET identity_key = (SELECT s.source FROM snapshot s WHERE s.id = identity.snapshot_id) || '|' || name
WHERE kind = 'service-account' AND snapshot_id IN (SELECT id FROM snapshot WHERE importer_id = 'kubernetes');

-- One representative per key again among those rows (as V7 and KeyMerge elect it).
UPDATE identity SET key_head = NULL
WHERE key_head = 1 AND kind = 'service-account' AND snapshot_id IN (SELECT id FROM snapshot WHERE importer_id = 'kubernetes')
    AND id <> (SELECT o.id FROM identity o WHERE o.current = 1 AND o.identity_key = identity.identity_key
               ORDER BY o.last_used_at IS NULL, o.last_used_at DESC, o.owner_hint IS NULL, o.id LIMIT 1);
