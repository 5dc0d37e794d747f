package io.steward.model.findings;

import io.steward.model.inventory.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Computes findings inside the caller's write transaction: every rule emits into a temporary table, then three
 * set-based statements merge it into {@code finding} (open new ones, refresh evidence, resolve the ones that no
 * longer fire). Scoped to one snapshot's identities after an import, or to every current identity.
 */
public final class FindingEngine {
    private final FindingCatalogue catalogue;

    public FindingEngine(FindingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public FindingCatalogue catalogue() {
        return catalogue;
    }

    /** Recomputes the findings of every current identity. */
    public RefreshReport refreshAll(DSLContext tx, FindingSettings settings, Instant now, FindingProgress progress) {
        return run(tx, settings, now, null, progress);
    }

    /**
     * Recomputes the findings of the identities in snapshot {@code snapshotId} (just imported) and resolves those
     * of identities no longer current anywhere.
     */
    public RefreshReport refreshSnapshot(DSLContext tx, long snapshotId, FindingSettings settings, Instant now,
                                         FindingProgress progress) {
        return run(tx, settings, now, snapshotId, progress);
    }

    private RefreshReport run(DSLContext tx, FindingSettings settings, Instant now, Long snapshotId, FindingProgress progress) {
        long start = System.nanoTime();
        String at = Timestamps.format(now);
        tx.execute("DROP TABLE IF EXISTS temp.finding_now");
        tx.execute("CREATE TEMP TABLE finding_now (identity_key TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,"
                + " evidence TEXT NOT NULL, PRIMARY KEY (identity_key, rule)) WITHOUT ROWID");
        tx.execute("DROP TABLE IF EXISTS temp.finding_scope");
        boolean scoped = snapshotId != null;
        if (scoped) {
            tx.execute("CREATE TEMP TABLE finding_scope (identity_key TEXT PRIMARY KEY) WITHOUT ROWID");
            tx.execute("INSERT OR IGNORE INTO temp.finding_scope SELECT identity_key FROM identity WHERE snapshot_id = ?"
                    + " AND identity_key IS NOT NULL", snapshotId);
            tx.execute("INSERT OR IGNORE INTO temp.finding_scope SELECT f.identity_key FROM finding f WHERE f.resolved_at IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM identity i WHERE i.identity_key = f.identity_key AND i.current = 1)");
        }
        List<FindingRule> rules = catalogue.rules();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < rules.size(); n++) {
            FindingRule rule = rules.get(n);
            RuleInfo info = rule.info();
            ids.add(info.id());
            progress.rule(info.id(), n, rules.size());
            rule.evaluate(new Run(tx, settings, now, scoped, info));
        }
        progress.rule(null, rules.size(), rules.size());
        String ruleList = "'" + String.join("','", ids.stream().map(s -> s.replace("'", "''")).toList()) + "'";
        String scope = scoped ? " AND finding.identity_key IN (SELECT identity_key FROM temp.finding_scope)" : "";
        int still = tx.execute("UPDATE finding SET evidence = n.evidence, severity = n.severity, last_seen_at = ?"
                + " FROM temp.finding_now n WHERE finding.resolved_at IS NULL AND finding.identity_key = n.identity_key"
                + " AND finding.rule = n.rule", at);
        int resolved = tx.execute("UPDATE finding SET resolved_at = ?, resolved_snapshot = ? WHERE resolved_at IS NULL"
                + " AND rule IN (" + ruleList + ")" + scope + " AND NOT EXISTS (SELECT 1 FROM temp.finding_now n"
                + " WHERE n.identity_key = finding.identity_key AND n.rule = finding.rule)", at, snapshotId);
        int opened = tx.execute("INSERT INTO finding (identity_key, rule, severity, evidence, source, first_seen_snapshot,"
                + " first_seen_at, last_seen_at)"
                + " SELECT n.identity_key, n.rule, n.severity, n.evidence, s.source, s.id, ?, ? FROM temp.finding_now n"
                + " LEFT JOIN snapshot s ON s.id = (SELECT max(i.snapshot_id) FROM identity i"
                + "   WHERE i.identity_key = n.identity_key AND i.current = 1)"
                + " WHERE NOT EXISTS (SELECT 1 FROM finding f WHERE f.identity_key = n.identity_key AND f.rule = n.rule"
                + "   AND f.resolved_at IS NULL)", at, at);
        tx.execute("DROP TABLE temp.finding_now");
        if (scoped) {
            tx.execute("DROP TABLE temp.finding_scope");
        }
        return new RefreshReport(opened, still, resolved, (System.nanoTime() - start) / 1_000_000);
    }

    private static final class Run implements RuleRun {
        private final DSLContext tx;
        private final FindingSettings settings;
        private final Instant now;
        private final boolean scoped;
        private final RuleInfo info;

        Run(DSLContext tx, FindingSettings settings, Instant now, boolean scoped, RuleInfo info) {
            this.tx = tx;
            this.settings = settings;
            this.now = now;
            this.scoped = scoped;
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
            return scoped ? alias + ".current = 1 AND " + alias + ".identity_key IN (SELECT identity_key FROM temp.finding_scope)"
                    : alias + ".current = 1";
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
