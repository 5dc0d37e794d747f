package io.steward.model.inventory.query;

import io.steward.model.store.Store;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.impl.DSL;

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
 * Thread-safe (each call borrows its own connection); calls block, so run them off the UI thread.
 */
public final class InventoryQuery {
    /** Counting matching rows stops here: beyond it a count says "at least". */
    public static final long COUNT_CAP = 100_000;
    /** At most this many values per facet, biggest first. */
    public static final int FACET_VALUES = 50;

    private final Store store;

    public InventoryQuery(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** One page of current identities. */
    public IdentityPage page(PageRequest request) {
        return store.read(ctx -> PageQuery.run(ctx, request, CurrentSnapshots.load(ctx)));
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
        return store.read(ctx -> {
            CurrentSnapshots current = CurrentSnapshots.load(ctx);
            if (f.onlySource()) {
                return new CountResult(current.of(f.source()).stream().mapToLong(CurrentSnapshots.Ref::identities).sum(), true);
            }
            int n = ctx.fetchCount(DSL.selectOne().from(IDENTITY).where(FilterConditions.of(f, current)).limit(cap + 1));
            return n > cap ? new CountResult(cap, false) : new CountResult(n, true);
        });
    }

    /** Counts per value of every facet for the identities that match {@code filter}. */
    public FacetCounts facets(IdentityFilter filter) {
        IdentityFilter f = filter == null ? IdentityFilter.ALL : filter;
        return store.read(ctx -> FacetQuery.run(ctx, f, CurrentSnapshots.load(ctx)));
    }

    /** One identity row (current or historical) in full; empty when there is no such row. */
    public Optional<IdentityDetail> detail(long identityId) {
        return store.read(ctx -> DetailQuery.run(ctx, identityId, CurrentSnapshots.load(ctx)));
    }

    /** The current identities with exactly this stable id (one per source that has it). */
    public List<IdentityRow> findByNativeId(String nativeId) {
        return store.read(ctx -> DetailQuery.currentByNativeId(ctx, null, nativeId, CurrentSnapshots.load(ctx)));
    }

    /** The sources that have current identities, in order. */
    public List<String> sources() {
        return store.read(ctx -> CurrentSnapshots.load(ctx).all().stream().map(CurrentSnapshots.Ref::source).distinct().toList());
    }
}
