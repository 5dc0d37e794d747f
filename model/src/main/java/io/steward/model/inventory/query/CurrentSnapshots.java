package io.steward.model.inventory.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import io.steward.model.store.Store;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import static io.steward.model.db.Tables.IDENTITY;
import java.util.Map;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;

/**
 * The snapshots whose identities are current (the newest completed import of each series, as the import's
 * {@link Snapshots#latest()} and its {@code current} flags define it), ordered by source, importer, id.
 * Small: one entry per series.
 */
final class CurrentSnapshots {
    record Ref(long id, String source, String importerId, long identities) {
    }

    private final List<Ref> refs;
    private final Map<Long, Ref> byId = new LinkedHashMap<>();

    private final boolean hasMerged;

    private CurrentSnapshots(List<Ref> refs, boolean hasMerged) {
        this.hasMerged = hasMerged;
        this.refs = List.copyOf(refs);
        refs.forEach(r -> byId.put(r.id(), r));
    }

    /**
     * The current snapshots with the identities each LISTS: its rows less those merged into another snapshot's
     * row of the same principal (a few, read through the index of merged rows).
     */
    static CurrentSnapshots load(Store store) {
        return store.read(CurrentSnapshots::load);
    }

    /** As {@link #load(Store)}, on a connection already borrowed (e.g. inside a read transaction). */
    static CurrentSnapshots load(DSLContext ctx) {
        Map<Long, Integer> merged = ctx.select(IDENTITY.SNAPSHOT_ID, DSL.count()).from(IDENTITY)
                .where(Inventory.isMerged()).groupBy(IDENTITY.SNAPSHOT_ID).fetchMap(IDENTITY.SNAPSHOT_ID, DSL.count());
        List<Ref> refs = new ArrayList<>();
        boolean anyMerged = !merged.isEmpty();
        for (SnapshotInfo s : Snapshots.latest(ctx)) {
            refs.add(new Ref(s.id(), s.source(), s.importerId(), s.counts().identities() - merged.getOrDefault(s.id(), 0)));
        }
        refs.sort(Comparator.comparing(Ref::source).thenComparing(Ref::importerId).thenComparingLong(Ref::id));
        return new CurrentSnapshots(refs, anyMerged);
    }

    /** Whether any principal is described by several current rows (else no merged facts need reading). */
    boolean hasMerged() {
        return hasMerged;
    }

    List<Ref> all() {
        return refs;
    }

    /** The current snapshots of one source (every importer of it), or all when {@code source} is null. */
    List<Ref> of(String source) {
        return source == null ? refs : refs.stream().filter(r -> r.source().equals(source)).toList();
    }

    List<Long> ids(String source) {
        return of(source).stream().map(Ref::id).toList();
    }

    String sourceOf(long snapshotId) {
        Ref r = byId.get(snapshotId);
        return r == null ? null : r.source();
    }

    boolean isCurrent(long snapshotId) {
        return byId.containsKey(snapshotId);
    }
}
