-- Findings keep only the indexes a query reads. first_seen_snapshot and resolved_snapshot were indexed for the
-- ON DELETE SET NULL of their snapshot references, but snapshots are append-only (V9: DELETE is refused), and no page,
-- count or command looks findings up by snapshot. Each index cost every opened and resolved finding a B-tree insert.
-- The open-finding indexes stay: finding_open (identity_key, rule) keeps one open finding per identity and rule and
-- serves the merges and the per-identity lookups, finding_open_rule the counts and filters by rule,
-- finding_open_severity (V18) the inventory's risk facet and order.
DROP INDEX finding_first_seen;
DROP INDEX finding_resolved;
