package io.steward.model.inventory.query;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/**
 * Chooses which index a page query walks, from exact counts the imports stored (no guessing by the SQL
 * planner, which has no statistics): when a filter value is RARE (at most {@link #SMALL} rows: a kind with
 * three identities, one owner's forty, a small source) its index finds those rows and SQL sorts them; when
 * every filter value is common, the query walks the sort's index and checks the filter on the way, which
 * finds a page after a few hundred rows. A condition is kept away from an index by writing it as an
 * expression ({@code kind || '' = ?}, {@code snapshot_id + 0 = ?}) that no index matches: plain SQL that
 * means the same on SQLite and PostgreSQL.
 */
final class AccessPlan {
    /**
     * Up to this many rows, reading them all through a facet index and sorting them is cheap enough (about
     * 50 ms for 100,000 on the benchmark machine), and it is safe whatever the data; walking the sort's index
     * instead is fast only when matches are spread along it, which a value held by a tenth of the rows or more
     * can be relied on to be (names often start with a team name, so one owner's rows can sit together).
     */
    static final long SMALL = 100_000;

    private final IdentityFilter filter;
    private final long small;
    private final CurrentSnapshots current;
    private final FacetEstimates estimates;
    private final String driver;
    private final Condition search;
    private final RiskSql risk;
    private final DSLContext ctx;

    private AccessPlan(DSLContext ctx, IdentityFilter filter, long small, CurrentSnapshots current, FacetEstimates estimates,
                       String driver, Condition search, RiskSql risk) {
        this.ctx = ctx;
        this.risk = risk;
        this.filter = filter;
        this.small = small;
        this.current = current;
        this.estimates = estimates;
        this.driver = driver;
        this.search = search;
    }

    /** @param small the "rare" threshold: {@link #SMALL}, or another value in tests that exercise both paths on little data */
    static AccessPlan of(DSLContext ctx, IdentityFilter f, IdentitySort sort, CurrentSnapshots current, RiskSql risk, long small) {
        FacetEstimates estimates = FacetEstimates.load(ctx, f, current);
        String driver = null;
        long smallest = small + 1;
        long[] counts = {
            f.source() == null ? Long.MAX_VALUE : current.of(f.source()).stream().mapToLong(CurrentSnapshots.Ref::identities).sum(),
            f.kind() == null ? Long.MAX_VALUE : estimates.count("kind", f.kind()),
            f.ownerHint() == null ? Long.MAX_VALUE : estimates.count("owner-hint", f.ownerHint()),
            f.environment() == null ? Long.MAX_VALUE : estimates.count("environment", f.environment()),
            // A risk level with very few findings (RiskSql.rare) may drive: its identities are reached from those findings.
            f.risk() != null && RiskSql.rare(ctx, f.risk(), small) ? small : Long.MAX_VALUE};
        String[] names = {"source", "kind", "owner-hint", "environment", "risk"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < smallest) {
                smallest = counts[i];
                driver = names[i];
            }
        }
        Condition search = null;
        if (f.text() != null) {
            search = FilterConditions.search(f.text());
            boolean walksNameIndex = sort == IdentitySort.NAME || sort == IdentitySort.KIND || sort == IdentitySort.SOURCE;
            if (driver == null && !walksNameIndex && rareText(ctx, search, small)) {
                // A rare name in a time order: collect the matching ids from the name index, then read and sort only those.
                search = IDENTITY.ID.in(DSL.select(IDENTITY.ID).from(IDENTITY).where(Inventory.isListed()).and(search));
                driver = "search";
            }
        }
        return new AccessPlan(ctx, f, small, current, estimates, driver, search, risk);
    }

    /** True when at most {@code small} current names match: one walk of the (covering) name index. */
    private static boolean rareText(DSLContext ctx, Condition search, long small) {
        return ctx.fetchCount(DSL.selectOne().from(IDENTITY).where(Inventory.isListed()).and(search).limit(small + 1)) <= small;
    }

    boolean driven() {
        return driver != null;
    }

    FacetEstimates estimates() {
        return estimates;
    }

    /** The filter's conditions; only the driving one may use an index. */
    List<Condition> conditions() {
        List<Condition> all = new ArrayList<>();
        all.add(Inventory.isListed());
        if (filter.source() != null) {
            List<Long> ids = current.ids(filter.source());
            Field<Long> snapshot = "source".equals(driver) ? IDENTITY.SNAPSHOT_ID : IDENTITY.SNAPSHOT_ID.plus(DSL.inline(0L));
            all.add(ids.isEmpty() ? DSL.falseCondition() : snapshot.in(ids));
        }
        facet(all, "kind", IDENTITY.KIND, filter.kind());
        mergedFacet(all, "owner-hint", IDENTITY.OWNER_HINT, filter.ownerHint());
        mergedFacet(all, "environment", IDENTITY.ENVIRONMENT, filter.environment());
        if (filter.enabled() != null) {
            all.add(IDENTITY.ENABLED.eq(filter.enabled() ? 1L : 0L));
        }
        if (search != null) {
            all.add(search);
        }
        if (filter.risk() != null) {
            all.add("risk".equals(driver) ? risk.reachedFromFindings(filter.risk()) : risk.is(filter.risk()));
        }
        return all;
    }

    private void facet(List<Condition> all, String name, Field<String> field, String value) {
        if (value != null) {
            all.add(FilterConditions.facet(name.equals(driver) ? field : unindexed(field), value));
        }
    }

    /** Owner hint and environment match the principal's merged value (see {@link MergedFacets}). */
    private void mergedFacet(List<Condition> all, String name, Field<String> field, String value) {
        if (value != null) {
            all.add(MergedFacets.facet(name.equals(driver) ? field : unindexed(field), field, value, current));
        }
    }

    /** One kind's stretch of kind order: through the kind index when that kind is rare and nothing else drives. */
    Condition kindSegment(String kind, long count) {
        return (!driven() && count <= small ? IDENTITY.KIND : unindexed(IDENTITY.KIND)).eq(kind);
    }

    /** One snapshot's stretch of source order: through the (snapshot, native id) index when it is small. */
    Condition snapshotSegment(CurrentSnapshots.Ref ref) {
        return (!driven() && ref.identities() <= small ? IDENTITY.SNAPSHOT_ID : IDENTITY.SNAPSHOT_ID.plus(DSL.inline(0L))).eq(ref.id());
    }

    /**
     * One risk level's stretch of risk order: reached from its findings when the level is rare and nothing else drives
     * (its rows are then sorted by name, which {@code reached} says), else checked on the walk along the name index.
     */
    Condition riskSegment(RiskLevel level, boolean reached) {
        return reached ? risk.reachedFromFindings(level) : risk.is(level);
    }

    /** Whether a risk segment of {@code level} is reached from its findings (see {@link #riskSegment}). */
    boolean reachesFromFindings(RiskLevel level) {
        return !driven() && level != RiskLevel.NONE && RiskSql.rare(ctx, level, small);
    }

    /** Unknown / known times: through the time index unless another index drives. */
    Condition timeIsNull(Field<String> time, boolean isNull) {
        Field<String> t = driven() ? unindexed(time) : time;
        return isNull ? t.isNull() : t.isNotNull();
    }

    /** A sort key as the keyset comparison sees it: index-usable unless another index drives. */
    Field<?> key(Field<?> field) {
        if (!driven()) {
            return field;
        }
        if (field == IDENTITY.ID) {
            return IDENTITY.ID.plus(DSL.inline(0L));
        }
        @SuppressWarnings("unchecked")
        Field<String> text = (Field<String>) field;
        return unindexed(text);
    }

    static Field<String> unindexed(Field<String> field) {
        return field.concat(DSL.inline(""));
    }
}
