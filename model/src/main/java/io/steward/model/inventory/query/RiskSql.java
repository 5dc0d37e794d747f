package io.steward.model.inventory.query;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.IDENTITY;

/**
 * The risk of an inventory row in SQL, at the time {@code now} (an acceptance ends by itself): correlated look-ups
 * of the row's open findings through their (identity key, rule) index, so a page of rows costs a few index probes
 * per row; and, for a rare risk level, the identities reached from the findings' (severity, identity key) index.
 */
final class RiskSql {
    static final String RANK_NAME = "risk_rank";
    /** The packed column {@link #rowFields} adds: rank and count in one integer (see {@link #packed}). */
    static final String RISK_NAME = "risk_packed";
    /** The rank sits above the count's 32 bits in {@link #packed}. */
    private static final long RANK_UNIT = 1L << 32;

    /** The open findings of the outer query's {@code identity} row that no acceptance covers at {0}. */
    private static final String OPEN = " FROM finding f WHERE f.identity_key = identity.identity_key AND f.resolved_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM finding_acceptance a WHERE a.identity_key = f.identity_key AND a.rule = f.rule"
            + " AND a.ended_at IS NULL AND a.accepted_until > {0})";
    private static final String RANK = "CASE f.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END";

    private final String now;

    /** @param now the time acceptances are judged at, as stored (24-character ISO UTC) */
    RiskSql(String now) {
        this.now = now;
    }

    /** The row's worst open level as a rank (4 critical .. 1 low), NULL when it has none. */
    Field<Integer> rank() {
        return DSL.field("(SELECT max(" + RANK + ")" + OPEN + ")", Integer.class, DSL.val(now));
    }

    /** How many open, not accepted, findings the row has. */
    Field<Integer> count() {
        return DSL.field("(SELECT count(*)" + OPEN + ")", Integer.class, DSL.val(now));
    }

    /**
     * The row's worst open level and how many open findings it has, in one look-up of its findings: rank times 2^32
     * plus count, NULL when it has none. Two separate look-ups (rank, count) probed the same findings twice per row.
     */
    Field<Long> packed() {
        return DSL.field("(SELECT max(" + RANK + ") * " + RANK_UNIT + " + count(*)" + OPEN + ")", Long.class, DSL.val(now));
    }

    /** The columns a row query adds to read {@link IdentityRow#risk()}: one, {@link #packed}, read by {@link #unpack}. */
    List<Field<?>> rowFields() {
        return List.of(packed().as(RISK_NAME));
    }

    /** The risk a {@link #packed} value stands for; {@code null} (no open finding) is {@link Risk#NONE}'s level, count 0. */
    static Risk unpack(Long packed) {
        if (packed == null) {
            return Risk.NONE;
        }
        return new Risk(RiskLevel.ofRank((int) (packed / RANK_UNIT)), (int) (packed % RANK_UNIT));
    }

    /** Rows whose risk is {@code level}: checked per row (no index), for a walk along the sort's index. */
    Condition is(RiskLevel level) {
        if (level == RiskLevel.NONE) {
            return DSL.condition("NOT EXISTS (SELECT 1" + OPEN + ")", DSL.val(now));
        }
        return rank().eq(DSL.inline(level.rank()));
    }

    /**
     * Rows of {@code level} reached from the findings of its severities (an index range) and then the identity key
     * index of current rows: for a rare level, instead of walking every identity. NONE has no findings to start from.
     */
    Condition reachedFromFindings(RiskLevel level) {
        return Inventory.isCurrent().and(IDENTITY.IDENTITY_KEY.in(DSL.select(FINDING.IDENTITY_KEY).from(FINDING)
                .where(FINDING.RESOLVED_AT.isNull()).and(FINDING.SEVERITY.in(level.severities())))).and(is(level));
    }

    /**
     * Whether at most {@code small / 20} open findings have {@code level}'s severities (an upper bound of the identities
     * at that level): one count over the severity index, stopped early. A twentieth of the facets' threshold, because
     * each identity reached this way costs a look-up of its findings as well: measured, reaching 40,000 identities and
     * sorting them took about 500 ms, while walking the sort's index finds a page of a level held by one identity in
     * two hundred after checking some 20,000 rows, in a few tens of ms (docs/BENCHMARKS.md, "Risk").
     */
    static boolean rare(DSLContext ctx, RiskLevel level, long small) {
        long few = small / 20;
        return level != RiskLevel.NONE && ctx.fetchCount(DSL.selectOne().from(FINDING).where(FINDING.RESOLVED_AT.isNull())
                .and(FINDING.SEVERITY.in(level.severities())).limit(few + 1)) <= few;
    }
}
