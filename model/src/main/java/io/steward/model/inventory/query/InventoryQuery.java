package io.steward.model.inventory.query;

import io.steward.model.inventory.Timestamps;
import io.steward.model.store.Store;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.IDENTITY;

/**
 * Browses the current inventory (the identities of the newest snapshot of every series) in SQL: keyset
 * pages in five orders, filters, a text search, counts and facet counts, and one identity in detail with its
 * credentials, grants, resolved links and history. Built for a million current identities: every page is
 * an index range scan; nothing loads the whole inventory.
 * <p>
 * Text search: a case-insensitive <b>substring of the name</b> (scanned in the name index, see
 * docs/BENCHMARKS.md "Inventory queries" for the times); native ids are matched by {@link #findByNativeId}.
 * <p>
 * Risk: every page row carries its {@link Risk} (worst open finding not accepted at the clock's time, and how many),
 * read in the page's own query; {@link IdentityFilter#risk()} and {@link IdentitySort#RISK} filter and order by it.
 * <p>
 * Thread-safe (each call borrows its own connection); calls block, so run them off the UI thread.
 */
public final class InventoryQuery {
    /** Counting matching rows stops here: beyond it a count says "at least". */
    public static final long COUNT_CAP = 100_000;
    /** Filtered facet counts read at most this many matching rows; beyond it they are a lower bound ("exact" false). */
    public static final long FACET_SCAN_CAP = 25_000;
    /** At most this many values per facet, biggest first. */
    public static final int FACET_VALUES = 50;

    private final Store store;
    private final long small;
    private final Clock clock;

    public InventoryQuery(Store store) {
        this(store, Clock.systemUTC());
    }

    /** @param clock when risk acceptances are judged (an acceptance ends by itself at its date) */
    public InventoryQuery(Store store, Clock clock) {
        this(store, clock, AccessPlan.SMALL);
    }

    /** With another "rare filter value" threshold, so tests cover both access paths on a small ledger. */
    InventoryQuery(Store store, long small) {
        this(store, Clock.systemUTC(), small);
    }

    InventoryQuery(Store store, Clock clock, long small) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.small = small;
    }

    /** One page of current identities. */
    public IdentityPage page(PageRequest request) {
        CurrentSnapshots current = current();
        return store.read(ctx -> PageQuery.run(ctx, request, current, risk(), small));
    }

    /** How many current identities match, exact up to {@link #COUNT_CAP}. */
    public CountResult count(IdentityFilter filter) {
        return count(filter, COUNT_CAP);
    }

    /**
     * How many current identities match, exact up to {@code cap}. Unfiltered, or filtered by source only,
     * the count is exact at any size (it is the imports' own count).
     */
    public CountResult count(IdentityFilter filter, long cap) {
        IdentityFilter f = filter == null ? IdentityFilter.ALL : filter;
        CurrentSnapshots current = current();
        return store.read(ctx -> {
            if (f.onlySource()) {
                return new CountResult(current.of(f.source()).stream().mapToLong(CurrentSnapshots.Ref::identities).sum(), true);
            }
            int n = ctx.fetchCount(DSL.selectOne().from(IDENTITY).where(FilterConditions.of(f, current, risk())).limit(cap + 1));
            return n > cap ? new CountResult(cap, false) : new CountResult(n, true);
        });
    }

    /** Counts per value of every facet for the identities that match {@code filter}. */
    public FacetCounts facets(IdentityFilter filter) {
        IdentityFilter f = filter == null ? IdentityFilter.ALL : filter;
        CurrentSnapshots current = current();
        return store.read(ctx -> FacetQuery.run(ctx, f, current, risk()));
    }

    /** One identity row (current or historical) in full; empty when there is no such row. */
    public Optional<IdentityDetail> detail(long identityId) {
        CurrentSnapshots current = current();
        return store.read(ctx -> DetailQuery.run(ctx, identityId, current));
    }

    /** The credentials of each of these identity rows (one query for a whole page), in stored order. */
    public Map<Long, List<CredentialView>> credentialsOf(Collection<Long> identityIds) {
        return store.read(ctx -> DetailQuery.credentialsOf(ctx, identityIds));
    }

    /** The grants of each of these identity rows (one query for a whole page), in stored order. */
    public Map<Long, List<GrantView>> grantsOf(Collection<Long> identityIds) {
        return store.read(ctx -> DetailQuery.grantsOf(ctx, identityIds));
    }

    /**
     * The credentials of every current row of each of these principals (identity keys), one query for a page; each
     * with the row it came from, in row then stored order.
     */
    public Map<String, List<Sourced<CredentialView>>> credentialsByKey(Collection<String> keys) {
        CurrentSnapshots current = current();
        return store.read(ctx -> DetailQuery.byKey(ctx, keys, current, DetailQuery::credentialsOf));
    }

    /** The grants of every current row of each of these principals, as {@link #credentialsByKey}. */
    public Map<String, List<Sourced<GrantView>>> grantsByKey(Collection<String> keys) {
        CurrentSnapshots current = current();
        return store.read(ctx -> DetailQuery.byKey(ctx, keys, current, DetailQuery::grantsOf));
    }

    /**
     * The credentials and grants of the principals of these page rows (as {@link #page} returns them): every current
     * row of each principal, in row then stored order, as {@link #credentialsByKey} and {@link #grantsByKey} give them
     * but without origins, in two or three queries for a whole page. What a listing with children (an export) reads.
     */
    public PrincipalChildren childrenOf(List<IdentityRow> pageRows) {
        CurrentSnapshots current = current();
        return store.read(ctx -> DetailQuery.ofRows(ctx, pageRows, current));
    }

    /** What {@link #walk} reads of each page's children: nothing, how many of each, or all of them. */
    public enum Children {
        NONE, COUNTED, LISTED
    }

    /** What {@link #walk} hands over per page: its rows and, when asked for, their principals' credentials and grants. */
    @FunctionalInterface
    public interface PageSink {
        void accept(List<IdentityRow> rows, PrincipalChildren children);
    }

    /**
     * Every page of {@code first}'s selection from its start, at most {@code max} rows in all (0: every row), each handed
     * to {@code sink} (an empty first page too) with its principals' children as {@code children} asks: the rows
     * {@link #page} and {@link #childrenOf} give page after page, but planned once (index choice, current snapshots) and
     * read in one read transaction, so a listing of many pages pays that once and sees one state of the ledger. The
     * sink stops the walk by throwing (e.g. a cancellation). Returns how many rows it handed over.
     */
    public long walk(PageRequest first, long max, Children children, PageSink sink) {
        if (max < 0) {
            throw new IllegalArgumentException("max is 0 (all) or more, got " + max);
        }
        long limit = max == 0 ? Long.MAX_VALUE : max;
        return store.readConsistent(ctx -> {
            CurrentSnapshots current = current(ctx);
            PageQuery.Planned planned = PageQuery.planned(ctx, first, current, risk(), small);
            long done = 0;
            IdentityPage page = planned.page(null, (int) Math.min(first.limit(), limit));
            while (true) {
                List<IdentityRow> rows = page.rows();
                sink.accept(rows, rows.isEmpty() ? PrincipalChildren.NONE : switch (children) {
                    case NONE -> PrincipalChildren.NONE;
                    case COUNTED -> DetailQuery.countsOfRows(ctx, rows, current);
                    case LISTED -> DetailQuery.ofRows(ctx, rows, current);
                });
                done += rows.size();
                if (!page.hasNext() || done >= limit) {
                    return done;
                }
                page = planned.page(page.next(), (int) Math.min(first.limit(), limit - done));
            }
        });
    }

    /** The current identities with exactly this stable id (one per source that has it). */
    public List<IdentityRow> findByNativeId(String nativeId) {
        CurrentSnapshots current = current();
        return store.read(ctx -> DetailQuery.currentByNativeId(ctx, null, nativeId, current));
    }

    /** The current principal with this identity key, in full with the facts of every row that describes it. */
    public Optional<IdentityDetail> detailByKey(String key) {
        CurrentSnapshots current = current();
        return store.read(ctx -> DetailQuery.byKey(ctx, key, current));
    }

    /**
     * The current principals that {@code text} names: by identity key, else by stable id or alias, else by name
     * (case-insensitive, exact). One row per principal (its representative, facts merged); several when the text is
     * ambiguous, none when it names nothing.
     */
    public List<IdentityRow> resolve(String text) {
        CurrentSnapshots current = current();
        return store.read(ctx -> PrincipalLookup.resolve(ctx, text, current));
    }

    /** The sources that have current identities, in order. */
    public List<String> sources() {
        return current().all().stream().map(CurrentSnapshots.Ref::source).distinct().toList();
    }

    /** Up to {@code limit} distinct grants of current top-level identities, in identity key order (then as stored). */
    public List<KeyedGrant> grantsInKeyOrder(int limit) {
        return store.read(ctx -> ctx.selectDistinct(IDENTITY.IDENTITY_KEY, ACCESS_GRANT.PRIVILEGE, ACCESS_GRANT.RESOURCE)
                .from(IDENTITY).join(ACCESS_GRANT).on(ACCESS_GRANT.IDENTITY_ID.eq(IDENTITY.ID))
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.PARENT_ID.isNull())
                .orderBy(IDENTITY.IDENTITY_KEY).limit(limit).fetch(r -> new KeyedGrant(r.value1(), r.value2(), r.value3())));
    }

    /** How many current top-level identities each source has, in source order (exact: one grouped scan). */
    public Map<String, Long> identitiesPerSource() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        store.read(ctx -> ctx.fetch("SELECT s.source, count(*) FROM identity i JOIN snapshot s ON s.id = i.snapshot_id"
                + " WHERE i.current = 1 AND i.parent_id IS NULL GROUP BY s.source ORDER BY s.source"))
                .forEach(r -> out.put(r.get(0, String.class), r.get(1, Long.class)));
        return out;
    }

    /** The "rare filter value" threshold this query plans with. */
    long small() {
        return small;
    }

    private RiskSql risk() {
        return new RiskSql(Timestamps.format(clock.instant()));
    }

    private CurrentSnapshots current() {
        return CurrentSnapshots.load(store);
    }

    private static CurrentSnapshots current(org.jooq.DSLContext ctx) {
        return CurrentSnapshots.load(ctx);
    }
}
