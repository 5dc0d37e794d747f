-- One row per principal in the current inventory. Several importers may describe one principal (an IAM user in
-- the credential report and in get-account-authorization-details; a GCP service account in the account list,
-- an IAM policy and its keys): their current rows share the identity key. `key_head` marks ONE current row per
-- key, the representative that lists page, sort, filter and count over; the others stay current, and the
-- detail merges them. Like `current`, it is bookkeeping the import maintains (KeyMerge), not a fact of a snapshot.
ALTER TABLE identity ADD COLUMN key_head INTEGER CHECK (key_head = 1);

-- Records that name their principal by another id get their key from it (IdentityKeys.of(source, record)):
-- a policy member serviceAccount:EMAIL (a deleted one by ?uid=), a service-account key by its account's e-mail.
UPDATE identity SET identity_key = (SELECT s.source FROM snapshot s WHERE s.id = identity.snapshot_id) || '|' ||
    CASE
        WHEN native_id LIKE 'deleted:serviceAccount:%?uid=%' THEN substr(native_id, instr(native_id, '?uid=') + 5)
        WHEN native_id LIKE 'deleted:serviceAccount:%' THEN substr(native_id, 24)
        ELSE substr(native_id, 16)
    END
WHERE kind = 'service-account' AND (native_id LIKE 'serviceAccount:%' OR native_id LIKE 'deleted:serviceAccount:%');

UPDATE identity SET identity_key = (SELECT s.source FROM snapshot s WHERE s.id = identity.snapshot_id) || '|'
    || json_extract(attributes, '$.serviceAccount')
WHERE kind = 'service-account-key' AND native_id LIKE 'projects/%/keys/%'
    AND json_extract(attributes, '$.serviceAccount') IS NOT NULL;

-- ... and that key resolves through the aliases of the principal's own record in the same source (an account's
-- e-mail is an alias of its uniqueId).
UPDATE identity SET identity_key = coalesce((
    SELECT o.identity_key
    FROM snapshot me, identity_alias a JOIN identity o ON o.id = a.identity_id JOIN snapshot os ON os.id = o.snapshot_id
    WHERE me.id = identity.snapshot_id AND a.alias = substr(identity.identity_key, length(me.source) + 2)
        AND os.source = me.source
    ORDER BY o.id DESC LIMIT 1), identity_key)
WHERE identity_key <> native_id
    AND identity_key <> (SELECT s.source FROM snapshot s WHERE s.id = identity.snapshot_id) || '|' || native_id;

-- The representative of each key among the current rows: the principal's own record first, then the newest use,
-- then one with an owner hint, then the oldest row (KeyMerge elects it the same way after every import).
UPDATE identity SET key_head = 1
WHERE current = 1 AND id = (
    SELECT o.id FROM identity o JOIN snapshot os ON os.id = o.snapshot_id
    WHERE o.current = 1 AND o.identity_key = identity.identity_key
    ORDER BY (o.identity_key = o.native_id OR o.identity_key = os.source || '|' || o.native_id) DESC,
        o.last_used_at IS NULL, o.last_used_at DESC, o.owner_hint IS NULL, o.id
    LIMIT 1);

-- The browse indexes hold the representatives only: a page walks one row per principal.
DROP INDEX identity_current_name;
DROP INDEX identity_current_last_used;
DROP INDEX identity_current_created;
DROP INDEX identity_current_kind;
DROP INDEX identity_current_owner;
DROP INDEX identity_current_environment;
CREATE INDEX identity_current_name ON identity (name_key, id) WHERE key_head = 1;
CREATE INDEX identity_current_last_used ON identity (last_used_at, id) WHERE key_head = 1;
CREATE INDEX identity_current_created ON identity (created_at, id) WHERE key_head = 1;
CREATE INDEX identity_current_kind ON identity (kind, id) WHERE key_head = 1;
CREATE INDEX identity_current_owner_hint ON identity (owner_hint, id) WHERE key_head = 1;
CREATE INDEX identity_current_environment ON identity (environment, id) WHERE key_head = 1;
-- The other current rows of merged principals, by snapshot: counts subtract them (usually few or none).
CREATE INDEX identity_current_merged ON identity (snapshot_id) WHERE current = 1 AND key_head IS NULL;

-- "owner" is the accountable owner from now on; what an import reads from a tag, column or description is the
-- owner hint. The facet CHECK names it, so the table is rebuilt (it holds a few rows per snapshot).
CREATE TABLE snapshot_facet_v7 (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    facet       TEXT    NOT NULL CHECK (facet IN ('kind', 'environment', 'owner-hint', 'enabled')),
    value       TEXT,                               -- NULL = unknown / none
    count       INTEGER NOT NULL
);
INSERT INTO snapshot_facet_v7 (snapshot_id, facet, value, count)
    SELECT snapshot_id, CASE facet WHEN 'owner' THEN 'owner-hint' ELSE facet END, value, count FROM snapshot_facet;
DROP TABLE snapshot_facet;
ALTER TABLE snapshot_facet_v7 RENAME TO snapshot_facet;
CREATE INDEX snapshot_facet_snapshot ON snapshot_facet (snapshot_id, facet);
