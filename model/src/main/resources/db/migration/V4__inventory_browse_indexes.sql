-- Browsing the current inventory (InventoryQuery): small partial indexes beside V2's name, last-used and
-- created ones, so that a RARE facet value (a kind with 3 identities, an owner with 40) is found without
-- walking a million rows. Common values are not read through these: the query then walks the sort's index
-- and checks the filter on the way (see InventoryQuery's AccessPlan), so (facet, id) is all they need to
-- hold, which keeps them cheap to rebuild after a bulk import. (Sources use identity_native's snapshot_id.)
-- A bulk import rebuilds these with the others (BulkIndexes reads every index of the table).
CREATE INDEX identity_current_kind ON identity (kind, id) WHERE current = 1;
CREATE INDEX identity_current_owner ON identity (owner_hint, id) WHERE current = 1;
CREATE INDEX identity_current_environment ON identity (environment, id) WHERE current = 1;
