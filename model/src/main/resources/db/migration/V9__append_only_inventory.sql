-- The inventory is history: once a snapshot's snapshot.imported entry is written (snapshot.ledger_seq set),
-- its rows never change. That entry commits to a digest of the rows (docs/LEDGER.md, "Snapshot row digest"),
-- which verification recomputes; these triggers stop accidents and casual edits the same way the ledger's do.
-- The one column that does change is the currency flag (identity.current, person.current, person_alias.current):
-- it flips when a newer snapshot of the series arrives, so it is left out of the digest, may be updated alone,
-- and verification recomputes it from the snapshots instead. identity.identity_key is derived the same way (key
-- merging across importers rewrites it), so it too may change alone and is left out of the digest.
-- Rows of a snapshot still being written (ledger_seq NULL) may be deleted: an import drops duplicate records.

CREATE TRIGGER snapshot_sealed_no_update BEFORE UPDATE ON snapshot
WHEN OLD.ledger_seq IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'snapshots are append-only: an imported snapshot cannot be changed');
END;

CREATE TRIGGER snapshot_no_delete BEFORE DELETE ON snapshot
BEGIN
    SELECT RAISE(ABORT, 'snapshots are append-only: DELETE is not allowed');
END;

CREATE TRIGGER identity_only_current_changes BEFORE UPDATE ON identity
WHEN NEW.id IS NOT OLD.id OR NEW.snapshot_id IS NOT OLD.snapshot_id OR NEW.parent_id IS NOT OLD.parent_id
  OR NEW.native_id IS NOT OLD.native_id OR NEW.name IS NOT OLD.name OR NEW.name_key IS NOT OLD.name_key
  OR NEW.kind IS NOT OLD.kind OR NEW.environment IS NOT OLD.environment OR NEW.owner_hint IS NOT OLD.owner_hint
  OR NEW.enabled IS NOT OLD.enabled OR NEW.created_at IS NOT OLD.created_at OR NEW.last_used_at IS NOT OLD.last_used_at
  OR NEW.attributes IS NOT OLD.attributes OR NEW.tags IS NOT OLD.tags OR NEW.content_hash IS NOT OLD.content_hash
  OR NEW.record_no IS NOT OLD.record_no
BEGIN
    SELECT RAISE(ABORT, 'identities are append-only: only the current flag may change');
END;

CREATE TRIGGER identity_sealed_no_delete BEFORE DELETE ON identity
WHEN (SELECT ledger_seq FROM snapshot WHERE id = OLD.snapshot_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'identities are append-only: DELETE is not allowed');
END;

CREATE TRIGGER credential_no_update BEFORE UPDATE ON credential
BEGIN
    SELECT RAISE(ABORT, 'credentials are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER credential_sealed_no_delete BEFORE DELETE ON credential
WHEN (SELECT s.ledger_seq FROM identity i JOIN snapshot s ON s.id = i.snapshot_id WHERE i.id = OLD.identity_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'credentials are append-only: DELETE is not allowed');
END;

CREATE TRIGGER access_grant_no_update BEFORE UPDATE ON access_grant
BEGIN
    SELECT RAISE(ABORT, 'grants are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER access_grant_sealed_no_delete BEFORE DELETE ON access_grant
WHEN (SELECT s.ledger_seq FROM identity i JOIN snapshot s ON s.id = i.snapshot_id WHERE i.id = OLD.identity_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'grants are append-only: DELETE is not allowed');
END;

CREATE TRIGGER identity_link_no_update BEFORE UPDATE ON identity_link
BEGIN
    SELECT RAISE(ABORT, 'links are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER identity_link_sealed_no_delete BEFORE DELETE ON identity_link
WHEN (SELECT s.ledger_seq FROM identity i JOIN snapshot s ON s.id = i.snapshot_id WHERE i.id = OLD.identity_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'links are append-only: DELETE is not allowed');
END;

CREATE TRIGGER identity_alias_no_update BEFORE UPDATE ON identity_alias
BEGIN
    SELECT RAISE(ABORT, 'aliases are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER identity_alias_sealed_no_delete BEFORE DELETE ON identity_alias
WHEN (SELECT s.ledger_seq FROM identity i JOIN snapshot s ON s.id = i.snapshot_id WHERE i.id = OLD.identity_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'aliases are append-only: DELETE is not allowed');
END;

CREATE TRIGGER snapshot_issue_no_update BEFORE UPDATE ON snapshot_issue
BEGIN
    SELECT RAISE(ABORT, 'import issues are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER snapshot_issue_sealed_no_delete BEFORE DELETE ON snapshot_issue
WHEN (SELECT ledger_seq FROM snapshot WHERE id = OLD.snapshot_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'import issues are append-only: DELETE is not allowed');
END;

CREATE TRIGGER snapshot_facet_no_update BEFORE UPDATE ON snapshot_facet
BEGIN
    SELECT RAISE(ABORT, 'facet counts are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER snapshot_facet_sealed_no_delete BEFORE DELETE ON snapshot_facet
WHEN (SELECT ledger_seq FROM snapshot WHERE id = OLD.snapshot_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'facet counts are append-only: DELETE is not allowed');
END;

CREATE TRIGGER person_only_current_changes BEFORE UPDATE ON person
WHEN NEW.id IS NOT OLD.id OR NEW.snapshot_id IS NOT OLD.snapshot_id OR NEW.person_key IS NOT OLD.person_key
  OR NEW.person_id IS NOT OLD.person_id OR NEW.email IS NOT OLD.email OR NEW.name IS NOT OLD.name
  OR NEW.team IS NOT OLD.team OR NEW.status IS NOT OLD.status OR NEW.left_at IS NOT OLD.left_at
  OR NEW.record_no IS NOT OLD.record_no
BEGIN
    SELECT RAISE(ABORT, 'people are append-only: only the current flag may change');
END;

CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN
    SELECT RAISE(ABORT, 'people are append-only: DELETE is not allowed');
END;

CREATE TRIGGER person_alias_only_current_changes BEFORE UPDATE ON person_alias
WHEN NEW.alias_key IS NOT OLD.alias_key OR NEW.person IS NOT OLD.person
BEGIN
    SELECT RAISE(ABORT, 'people are append-only: only the current flag may change');
END;

CREATE TRIGGER person_alias_no_delete BEFORE DELETE ON person_alias
BEGIN
    SELECT RAISE(ABORT, 'people are append-only: DELETE is not allowed');
END;
