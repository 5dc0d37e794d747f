package io.steward.model.inventory.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;

/**
 * The snapshots whose identities are current (newest of their series), ordered by source, importer, id.
 * Read from the {@code current} flags themselves (one index probe per snapshot), so it never disagrees
 * with the rows it describes. Small: one entry per series.
 */
final class CurrentSnapshots {
    record Ref(long id, String source, String importerId, long identities) {
    }

    private final List<Ref> refs;
    private final Map<Long, Ref> byId = new LinkedHashMap<>();

    private CurrentSnapshots(List<Ref> refs) {
        this.refs = List.copyOf(refs);
        refs.forEach(r -> byId.put(r.id(), r));
    }

    static CurrentSnapshots load(DSLContext ctx) {
        List<Ref> refs = new ArrayList<>();
        for (Record4<Long, String, String, Long> r : ctx.select(SNAPSHOT.ID, SNAPSHOT.SOURCE, SNAPSHOT.IMPORTER_ID, SNAPSHOT.IDENTITY_COUNT)
                .from(SNAPSHOT)
                .where(DSL.exists(DSL.selectOne().from(IDENTITY)
                        .where(IDENTITY.SNAPSHOT_ID.eq(SNAPSHOT.ID)).and(Inventory.isCurrent())))
                .fetch()) {
            refs.add(new Ref(r.value1(), r.value2(), r.value3(), r.value4()));
        }
        refs.sort(Comparator.comparing(Ref::source).thenComparing(Ref::importerId).thenComparingLong(Ref::id));
        return new CurrentSnapshots(refs);
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
