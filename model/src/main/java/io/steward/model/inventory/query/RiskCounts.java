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
 * changes with every refresh and acceptance). Up to {@link InventoryQuery#FACET_SCAN_CAP} open findings they are
 * counted exactly: the identities that have findings are reached from them and the rest are "none". Beyond, counting
 * would look up the findings of every identity (seconds for a million), so the levels are listed uncounted
 * ({@link FacetValue#UNCOUNTED}); filtered counts ({@link FacetQuery}) count them over the matching rows as usual.
 */
final class RiskCounts {
    private RiskCounts() {
    }

    /**
     * Adds each level's count of the listed identities of these snapshots to {@code sink}, when there are few enough
     * open findings to count them at page speed.
     * @param listed how many identities these snapshots list
     * @return whether they were counted
     */
    static boolean add(DSLContext ctx, List<Long> snapshotIds, long listed, RiskSql risk, ObjLongConsumer<RiskLevel> sink) {
        if (snapshotIds.isEmpty()) {
            return true;
        }
        long cap = InventoryQuery.FACET_SCAN_CAP;
        if (ctx.fetchCount(DSL.selectOne().from(FINDING).where(FINDING.RESOLVED_AT.isNull()).limit(cap + 1)) > cap) {
            return false;
        }
        var withFindings = DSL.select(risk.rank().as("r")).from(IDENTITY).where(Inventory.isListed()).and(Inventory.isCurrent())
                .and(IDENTITY.SNAPSHOT_ID.in(snapshotIds))
                .and(IDENTITY.IDENTITY_KEY.in(DSL.select(FINDING.IDENTITY_KEY).from(FINDING).where(FINDING.RESOLVED_AT.isNull())));
        Field<Integer> r = DSL.field(DSL.name("r"), Integer.class);
        long risky = 0;
        for (Record row : ctx.select(r, DSL.count()).from(withFindings.asTable("w")).groupBy(r).fetch()) {
            RiskLevel level = RiskLevel.ofRank(row.get(r));
            if (level != RiskLevel.NONE) { // every finding accepted: none
                long n = row.get(DSL.count());
                risky += n;
                sink.accept(level, n);
            }
        }
        sink.accept(RiskLevel.NONE, listed - risky);
        return true;
    }
}
