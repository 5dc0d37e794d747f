package io.steward.model.findings;

import static io.steward.model.db.Tables.FINDING;

import io.steward.model.store.Store;
import java.time.Clock;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Open findings a page at a time with keyset paging, worst first then by identity and rule: a page reads the keys of
 * its rows first and only then their details, so a page costs the same at the end of a million findings as at the start.
 */
public final class FindingPages {
    /** Severity as a sort key: 0 for critical up to 4 for info (the order of {@link Severity}). */
    static final Field<Integer> SEVERITY_RANK = DSL.case_(FINDING.SEVERITY).when("critical", 0).when("high", 1).when("medium", 2)
            .when("low", 3).else_(4);

    private final Store store;
    private final Findings findings;
    private final Clock clock;

    FindingPages(Store store, Findings findings, Clock clock) {
        this.store = store;
        this.findings = findings;
        this.clock = clock;
    }

    /** How many open findings match {@code filter}. */
    public long count(FindingFilter filter) {
        return store.read(ctx -> (long) ctx.fetchCount(FINDING, filter.condition(ctx, clock.instant(), findings.catalogue())));
    }

    /** Up to {@code limit} open findings matching {@code filter} that sort after {@code after} ({@code null}: from the first). */
    public List<Finding> page(FindingFilter filter, Finding after, int limit) {
        return store.read(ctx -> {
            Condition where = filter.condition(ctx, clock.instant(), findings.catalogue());
            if (after != null) {
                where = where.and(DSL.row(SEVERITY_RANK, FINDING.IDENTITY_KEY, FINDING.RULE)
                        .gt(after.severity().ordinal(), after.identityKey(), after.rule().id()));
            }
            List<Long> ids = ctx.select(FINDING.ID).from(FINDING).where(where)
                    .orderBy(SEVERITY_RANK, FINDING.IDENTITY_KEY, FINDING.RULE).limit(limit).fetch(FINDING.ID);
            return ids.isEmpty() ? List.<Finding>of() : findings.query(ctx, FINDING.ID.in(ids), limit);
        });
    }
}
