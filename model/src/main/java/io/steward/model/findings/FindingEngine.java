package io.steward.model.findings;

import io.steward.model.inventory.Timestamps;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Computes findings inside the caller's write transaction: every rule emits into a temporary table, then three
 * set-based statements merge it into {@code finding} (open new ones, refresh evidence, resolve the ones that no
 * longer fire). Scoped to one snapshot's identities after an import, or to every current identity.
 */
public final class FindingEngine {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FindingEngine.class);
    private final FindingCatalogue catalogue;

    public FindingEngine(FindingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public FindingCatalogue catalogue() {
        return catalogue;
    }

    /** Recomputes the findings of every current identity. */
    public RefreshReport refreshAll(DSLContext tx, FindingSettings settings, Instant now, FindingProgress progress) {
        return run(tx, settings, now, null, null, null, progress);
    }

    /**
     * Recomputes the rules {@code ruleIds} (all when {@code null}) for the identities {@code keys} only, e.g. the
     * owner rules after assignments.
     */
    public RefreshReport refreshKeys(DSLContext tx, Collection<String> keys, Set<String> ruleIds, FindingSettings settings,
                                     Instant now) {
        if (keys.isEmpty()) {
            return new RefreshReport(0, 0, 0, 0);
        }
        return run(tx, settings, now, null, keys, ruleIds, FindingProgress.NONE);
    }

    /**
     * Recomputes the findings of the identities in snapshot {@code snapshotId} (just imported) and resolves those
     * of identities no longer current anywhere.
     */
    public RefreshReport refreshSnapshot(DSLContext tx, long snapshotId, FindingSettings settings, Instant now,
                                         FindingProgress progress) {
        return run(tx, settings, now, snapshotId, null, null, progress);
    }

    private RefreshReport run(DSLContext tx, FindingSettings settings, Instant now, Long snapshotId, Collection<String> keys,
                              Set<String> ruleIds, FindingProgress progress) {
        long start = System.nanoTime();
        String at = Timestamps.format(now);
        Long sole = keys == null ? soleCurrentSnapshot(tx) : null;
        // With one series, an imported snapshot's identities are all the current ones: listing them as a scope (a temporary
        // table of every key joined back to the identities) would only cost time, and recomputing all is always correct.
        boolean scoped = keys != null || (snapshotId != null && sole == null);
        try (WorkingCache cache = WorkingCache.widen(tx)) {
            tx.execute("DROP TABLE IF EXISTS temp.finding_now");
            // Rows are appended in the order rules emit them; only the small unique key goes into a B-tree in key order
            // (keeping the evidence in that B-tree made every emitted row move large cells around).
            tx.execute("CREATE TEMP TABLE finding_now (identity_key TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,"
                    + " evidence TEXT NOT NULL)");
            tx.execute("CREATE UNIQUE INDEX temp.finding_now_key ON finding_now (identity_key, rule)");
            tx.execute("DROP TABLE IF EXISTS temp.finding_scope");
            tx.execute("DROP TABLE IF EXISTS temp.finding_rows");
            if (scoped) {
                scope(tx, snapshotId, keys);
            }
            // The current identity rows the rules look at, in row order: rules read them (and their credentials and
            // grants, clustered by identity) front to back instead of jumping around in identity-key order.
            tx.execute("CREATE TEMP TABLE finding_rows (id INTEGER PRIMARY KEY)");
            tx.execute(scoped
                    ? "INSERT INTO temp.finding_rows SELECT i.id FROM temp.finding_scope f CROSS JOIN identity i"
                            + " ON i.identity_key = f.identity_key AND i.current = 1 ORDER BY i.id"
                    : "INSERT INTO temp.finding_rows SELECT id FROM identity WHERE current = 1 ORDER BY id");
            debug("scope", start);
            List<FindingRule> rules = catalogue.rules().stream()
                    .filter(r -> ruleIds == null || ruleIds.contains(r.info().id())).toList();
            List<String> ids = new ArrayList<>();
            for (int n = 0; n < rules.size(); n++) {
                FindingRule rule = rules.get(n);
                RuleInfo info = rule.info();
                ids.add(info.id());
                progress.rule(info.id(), n, rules.size());
                long t = System.nanoTime();
                rule.evaluate(new Run(tx, settings, now, info));
                debug(info.id(), t);
            }
            progress.rule(null, rules.size(), rules.size());
            return merge(tx, at, snapshotId, sole, scoped, ids, start);
        } finally {
            tx.execute("DROP TABLE IF EXISTS temp.finding_now");
            tx.execute("DROP TABLE IF EXISTS temp.finding_scope");
            tx.execute("DROP TABLE IF EXISTS temp.finding_rows");
        }
    }

    /**
     * The snapshot holding every current identity when all snapshots belong to one series (a first import, or re-imports
     * of the only source); otherwise, or in an empty inventory, null.
     */
    private static Long soleCurrentSnapshot(DSLContext tx) {
        return tx.fetchOne("SELECT CASE WHEN (SELECT count(*) FROM (SELECT DISTINCT source, importer_id, series_part FROM snapshot)) = 1"
                + " THEN (SELECT snapshot_id FROM identity WHERE current = 1 LIMIT 1) END").get(0, Long.class);
    }

    /** The identity keys being recomputed: those given, or the imported snapshot's plus those no longer current anywhere. */
    private static void scope(DSLContext tx, Long snapshotId, Collection<String> keys) {
        tx.execute("CREATE TEMP TABLE finding_scope (identity_key TEXT PRIMARY KEY) WITHOUT ROWID");
        if (keys != null) {
            try (PreparedStatement insert = tx.configuration().connectionProvider().acquire()
                    .prepareStatement("INSERT OR IGNORE INTO temp.finding_scope (identity_key) VALUES (?)")) {
                int n = 0;
                for (String key : keys) {
                    insert.setString(1, key);
                    insert.addBatch();
                    if (++n % 2_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("cannot list the identities to recompute: " + e.getMessage(), e);
            }
        }
        if (snapshotId != null) {
            tx.execute("INSERT OR IGNORE INTO temp.finding_scope SELECT identity_key FROM identity WHERE snapshot_id = ?"
                    + " AND identity_key IS NOT NULL", snapshotId);
            tx.execute("INSERT OR IGNORE INTO temp.finding_scope SELECT f.identity_key FROM finding f WHERE f.resolved_at IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM identity i WHERE i.identity_key = f.identity_key AND i.current = 1)");
        }
    }

    /** Opens new findings, refreshes the evidence of those still firing and resolves the ones that no longer do. */
    private static RefreshReport merge(DSLContext tx, String at, Long snapshotId, Long sole, boolean scoped, List<String> ids,
                                       long start) {
        long t = System.nanoTime();
        String ruleList = "'" + String.join("','", ids.stream().map(s -> s.replace("'", "''")).toList()) + "'";
        String scope = scoped ? " AND finding.identity_key IN (SELECT identity_key FROM temp.finding_scope)" : "";
        // Driven by what fired (materialised first, CROSS JOIN keeps the order): a few recomputed keys never walk every
        // open finding. Without MATERIALIZED SQLite flattens it and scans the findings once per fired row.
        int still = tx.execute("WITH m AS MATERIALIZED (SELECT f.id AS finding_id, n.evidence AS evidence, n.severity AS severity"
                + "   FROM temp.finding_now n CROSS JOIN finding f ON f.identity_key = n.identity_key AND f.rule = n.rule"
                + "   AND f.resolved_at IS NULL)"
                + " UPDATE finding SET evidence = m.evidence, severity = m.severity, last_seen_at = ? FROM m"
                + " WHERE finding.id = m.finding_id", at);
        t = debug("merge: still open", t);
        int resolved = tx.execute("UPDATE finding SET resolved_at = ?, resolved_snapshot = ? WHERE resolved_at IS NULL"
                + " AND rule IN (" + ruleList + ")" + scope + " AND NOT EXISTS (SELECT 1 FROM temp.finding_now n"
                + " WHERE n.identity_key = finding.identity_key AND n.rule = finding.rule)", at, snapshotId);
        t = debug("merge: resolved", t);
        String insert = "INSERT INTO finding (identity_key, rule, severity, evidence, source, first_seen_snapshot, first_seen_at,"
                + " last_seen_at) SELECT n.identity_key, n.rule, n.severity, n.evidence, s.source, s.id, ?, ? FROM temp.finding_now n NOT INDEXED";
        String isNew = " WHERE NOT EXISTS (SELECT 1 FROM finding f WHERE f.identity_key = n.identity_key AND f.rule = n.rule"
                + " AND f.resolved_at IS NULL) ORDER BY n.identity_key, n.rule";
        // First seen in the newest current snapshot describing the identity; with a sole current snapshot that is a constant
        // (looking it up per finding reads a random identity row for each of millions of findings).
        int opened = sole != null
                ? tx.execute(insert + " JOIN snapshot s ON s.id = ?" + isNew, at, at, sole)
                : tx.execute(insert + " LEFT JOIN snapshot s ON s.id = (SELECT max(i.snapshot_id) FROM identity i"
                        + " WHERE i.identity_key = n.identity_key AND i.current = 1)" + isNew, at, at);
        debug("merge: opened", t);
        return new RefreshReport(opened, still, resolved, (System.nanoTime() - start) / 1_000_000);
    }

    /** Logs a step's wall time and, on a shared machine the steadier figure, this thread's CPU time so far. */
    private static long debug(String step, long since) {
        long now = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Findings, {}: {} ms (thread CPU so far {} ms)", step, (now - since) / 1_000_000,
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        }
        return now;
    }

    private static final class Run implements RuleRun {
        private final DSLContext tx;
        private final FindingSettings settings;
        private final Instant now;
        private final RuleInfo info;

        Run(DSLContext tx, FindingSettings settings, Instant now, RuleInfo info) {
            this.tx = tx;
            this.settings = settings;
            this.now = now;
            this.info = info;
        }

        @Override
        public DSLContext tx() {
            return tx;
        }

        @Override
        public FindingSettings settings() {
            return settings;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public String inScope(String alias) {
            return alias + ".id IN temp.finding_rows";
        }

        @Override
        public void emit(String select, Object... binds) {
            Object[] all = new Object[binds.length + 2];
            all[0] = info.id();
            all[1] = info.severity().id();
            System.arraycopy(binds, 0, all, 2, binds.length);
            tx.execute("INSERT OR IGNORE INTO temp.finding_now (identity_key, rule, severity, evidence)"
                    + " SELECT identity_key, ?, ?, evidence FROM (" + select + ") WHERE identity_key IS NOT NULL", all);
        }
    }
}
