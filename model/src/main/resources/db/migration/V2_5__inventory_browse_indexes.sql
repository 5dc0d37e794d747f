-- Browsing the current inventory (InventoryQuery): two more partial indexes beside V2's name, last-used and
-- created ones, each holding only current rows.
--  * kind order, and a kind filter in name order: (kind, name_key, id).
--  * source order and source filters: the current rows of one snapshot in name order; also answers
--    "which snapshots are current" with one probe per snapshot.
-- A bulk import rebuilds these with the others (BulkIndexes reads every index of the table).
CREATE INDEX identity_current_kind ON identity (kind, name_key, id) WHERE current = 1;
CREATE INDEX identity_current_snapshot ON identity (snapshot_id, name_key, id) WHERE current = 1;
