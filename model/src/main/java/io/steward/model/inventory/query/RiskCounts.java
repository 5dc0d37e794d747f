package io.steward.model.inventory.query;

import java.util.List;
import java.util.function.ObjLongConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.IDENTITY;

/**
 * The risk facet's counts when only the source narrows the list (risk is not among the counts an import stores: it
 * changes with every refresh and acceptance). Up to {@link InventoryQuery#FACET_SCAN_CAP} open findings, exactly: the
 * identities that have findings are reached from them and the rest are "none". Beyond, from the first
 * {@code FACET_SCAN_CAP} listed identities: lower bounds, said as not exact.
 */
final class RiskCounts {
    private RiskCounts() {
    }

    /**
     * Adds each level's count of the listed identities of these snapshots to {@code sink}.
     * @param listed how many identities these snapshots list
     * @return whether the counts are exact
     */
    static boolean add(DSLContext ctx, List<Long> snapshotIds, long listed, RiskSql risk, ObjLongConsumer<RiskLevel> sink) {
        if (snapshotIds.isEmpty()) {
            return true;
        }
        long cap = InventoryQuery.FACET_SCAN_CAP;
        boolean few = ctx.fetchCount(DSL.selectOne().from(FINDING).where(FINDING.RESOLVED_AT.isNull()).limit(cap + 1)) <= cap;
        var rows = DSL.select(risk.rank().as("r")).from(IDENTITY).where(Inventory.isListed()).and(IDENTITY.SNAPSHOT_ID.in(snapshotIds));
        var scope = few
                ? rows.and(Inventory.isCurrent()).and(IDENTITY.IDENTITY_KEY.in(DSL.select(FINDING.IDENTITY_KEY).from(FINDING)
                        .where(FINDING.RESOLVED_AT.isNull())))
                : rows.limit(cap);
        Field<Integer> r = DSL.field(DSL.name("r"), Integer.class);
        long risky = 0;
        long seen = 0;
        for (Record row : ctx.select(r, DSL.count()).from(scope.asTable("w")).groupBy(r).fetch()) {
            RiskLevel level = RiskLevel.ofRank(row.get(r));
            long n = row.get(DSL.count());
            seen += n;
            if (level != RiskLevel.NONE) {
                risky += n;
                sink.accept(level, n);
            }
        }
        // Exact: every listed identity without a risky finding is "none". Sampled: only the ones seen.
        sink.accept(RiskLevel.NONE, few ? listed - risky : seen - risky);
        return few;
    }
}
