package io.steward.model.inventory.query;

import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.store.Store;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/**
 * What changed between two snapshots of one source, matched on the stable (native) id: identities added,
 * removed and changed (their content hashes differ), and for a changed one which fields, credentials and
 * grants differ. Both snapshots are read through the (snapshot, native id) index in id order, so a page of
 * changes costs a page, whatever the snapshot sizes. Thread-safe; calls block.
 */
public final class SnapshotDiff {
    private final Store store;
    private final Snapshots snapshots;

    public SnapshotDiff(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = new Snapshots(store);
    }

    /**
     * Counts of added, removed, changed and unchanged identities from {@code fromId} (older) to {@code toId}.
     * Both must exist and have the same source ({@link IllegalArgumentException} otherwise).
     */
    public DiffSummary summary(long fromId, long toId) {
        SnapshotInfo[] pair = pair(fromId, toId);
        return store.read(ctx -> {
            var t = IDENTITY.as("t");
            var f = IDENTITY.as("f");
            Record counts = ctx.select(DSL.count(), DSL.count(f.ID), DSL.sum(DSL.when(f.CONTENT_HASH.ne(t.CONTENT_HASH), 1).otherwise(0)))
                    .from(t).leftJoin(f).on(f.SNAPSHOT_ID.eq(fromId).and(f.NATIVE_ID.eq(t.NATIVE_ID)))
                    .where(t.SNAPSHOT_ID.eq(toId)).fetchOne();
            long inTo = counts.get(0, Long.class);
            long matched = counts.get(1, Long.class);
            Long changedSum = counts.get(2, Long.class);
            long changed = changedSum == null ? 0 : changedSum;
            long inFrom = ctx.fetchCount(IDENTITY, IDENTITY.SNAPSHOT_ID.eq(fromId));
            return new DiffSummary(pair[0], pair[1], inTo - matched, inFrom - matched, changed, matched - changed);
        });
    }

    /**
     * The next {@code limit} changes of the given types after stable id {@code afterNativeId} (null = from the
     * start), in stable-id order.
     */
    public DiffPage changes(long fromId, long toId, Set<ChangeType> types, String afterNativeId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        pair(fromId, toId);
        return store.read(ctx -> {
            List<Record> newer = types.contains(ChangeType.ADDED) || types.contains(ChangeType.CHANGED)
                    ? DiffRows.addedOrChanged(ctx, fromId, toId, types, afterNativeId, limit) : List.of();
            List<Record> older = types.contains(ChangeType.REMOVED)
                    ? DiffRows.removed(ctx, fromId, toId, afterNativeId, limit) : List.of();
            return DiffRows.merge(ctx, newer, older, limit);
        });
    }

    /** The change of one stable id, or UNCHANGED / empty lists when it did not change. */
    public IdentityChange change(long fromId, long toId, String nativeId) {
        pair(fromId, toId);
        return store.read(ctx ->
                DiffRows.compare(ctx, nativeId, DiffRows.byNativeId(ctx, fromId, nativeId), DiffRows.byNativeId(ctx, toId, nativeId)));
    }

    private SnapshotInfo[] pair(long fromId, long toId) {
        SnapshotInfo from = find(fromId);
        SnapshotInfo to = find(toId);
        if (!from.source().equals(to.source())) {
            throw new IllegalArgumentException("snapshots " + fromId + " (" + from.source() + ") and " + toId + " (" + to.source()
                    + ") describe different sources; compare two snapshots of the same source");
        }
        return new SnapshotInfo[] {from, to};
    }

    private SnapshotInfo find(long id) {
        return snapshots.get(id).orElseThrow(() -> new IllegalArgumentException("there is no snapshot " + id + " (see 'steward snapshots')"));
    }
}
