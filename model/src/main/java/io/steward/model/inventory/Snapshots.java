package io.steward.model.inventory;

import io.steward.model.store.Store;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.SNAPSHOT;
import static io.steward.model.db.Tables.SNAPSHOT_ISSUE;

/**
 * The imported snapshots: list, look-up, the series they form (same source and importer), the pair a
 * default diff compares, and each snapshot's warnings and refused secrets (where and why, never values).
 */
public final class Snapshots {
    private final Store store;

    public Snapshots(Store store) {
        this.store = store;
    }

    /** Every snapshot, newest first (by the time its data describes, then by id). */
    public List<SnapshotInfo> list() {
        return store.read(ctx -> ctx.selectFrom(SNAPSHOT).where(complete())
                .orderBy(SeriesFlags.asOf().desc(), SNAPSHOT.ID.desc()).fetch(Snapshots::info));
    }

    public Optional<SnapshotInfo> get(long id) {
        return store.read(ctx -> ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(id).and(complete())).fetchOptional(Snapshots::info));
    }

    /** The newest snapshot of every series: what the inventory shows. */
    public List<SnapshotInfo> latest() {
        return store.read(Snapshots::latest);
    }

    /** As {@link #latest()}, on a connection already borrowed (e.g. inside a read transaction). */
    public static List<SnapshotInfo> latest(DSLContext ctx) {
        var newest = ctx.select(SNAPSHOT.ID, DSL.rowNumber().over(DSL.partitionBy(SNAPSHOT.SOURCE, SNAPSHOT.IMPORTER_ID, SNAPSHOT.SERIES_PART)
                .orderBy(SeriesFlags.asOf().desc(), SNAPSHOT.ID.desc())).as("rank")).from(SNAPSHOT).where(complete()).asTable("ranked");
        return ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.ID.in(ctx.select(newest.field(SNAPSHOT.ID)).from(newest)
                        .where(newest.field("rank", Integer.class).eq(1))))
                .orderBy(SNAPSHOT.SOURCE, SNAPSHOT.IMPORTER_ID, SNAPSHOT.SERIES_PART).fetch(Snapshots::info);
    }

    /** The snapshots of one series, oldest first. */
    public List<SnapshotInfo> series(String source, String importerId) {
        return store.read(ctx -> ctx.selectFrom(SNAPSHOT)
                .where(SNAPSHOT.SOURCE.eq(source).and(SNAPSHOT.IMPORTER_ID.eq(importerId)).and(complete()))
                .orderBy(SeriesFlags.asOf(), SNAPSHOT.ID).fetch(Snapshots::info));
    }

    /**
     * The pair {@code diff} compares by default: the two newest snapshots of the series of the newest
     * snapshot of {@code source} (any source when {@code null}). Empty when that series has fewer than two.
     */
    public Optional<SnapshotInfo[]> latestPair(String source) {
        return latestPair(source, null);
    }

    /**
     * The two newest snapshots (older first) of the series of the newest snapshot of {@code source} and {@code importerId}
     * (either {@code null} = any). Empty when that series has fewer than two ({@link #newest} names the series looked at).
     */
    public Optional<SnapshotInfo[]> latestPair(String source, String importerId) {
        List<SnapshotInfo> all = list();
        Optional<SnapshotInfo> newest = newest(all, source, importerId);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        SnapshotInfo n = newest.get();
        List<SnapshotInfo> same = all.stream().filter(s -> s.source().equals(n.source()) && s.importerId().equals(n.importerId())
                && s.seriesPart().equals(n.seriesPart())).limit(2).toList();
        return same.size() < 2 ? Optional.empty() : Optional.of(new SnapshotInfo[] {same.get(1), same.get(0)});
    }

    /** The newest snapshot of {@code source} and {@code importerId} ({@code null} = any): the series a default diff looks at. */
    public Optional<SnapshotInfo> newest(String source, String importerId) {
        return newest(list(), source, importerId);
    }

    private static Optional<SnapshotInfo> newest(List<SnapshotInfo> all, String source, String importerId) {
        return all.stream().filter(s -> (source == null || s.source().equals(source))
                && (importerId == null || s.importerId().equals(importerId))).findFirst();
    }

    /**
     * The newest snapshot of {@code source} made from a file with this SHA-256: the same export imported before.
     * Empty when there is none.
     */
    public Optional<SnapshotInfo> sameFile(String fileSha256, String source) {
        return store.read(ctx -> sameFile(ctx, fileSha256, source));
    }

    /** As {@link #sameFile(String, String)}, in a transaction of the caller's (an import's own, so a file imported earlier in it counts). */
    static Optional<SnapshotInfo> sameFile(DSLContext ctx, String fileSha256, String source) {
        return ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.SOURCE.eq(source).and(SNAPSHOT.FILE_SHA256.eq(fileSha256)).and(complete()))
                .orderBy(SNAPSHOT.ID.desc()).limit(1).fetchOptional(Snapshots::info);
    }

    /** One page of a snapshot's issues in file order; {@code severity} null = both kinds. */
    public List<ImportIssue> issues(long snapshotId, ImportIssue.Severity severity, long offset, int limit) {
        return store.read(ctx -> {
            Condition c = SNAPSHOT_ISSUE.SNAPSHOT_ID.eq(snapshotId);
            if (severity != null) {
                c = c.and(SNAPSHOT_ISSUE.SEVERITY.eq(severity.code()));
            }
            return ctx.selectFrom(SNAPSHOT_ISSUE).where(c).orderBy(SNAPSHOT_ISSUE.ID).offset(offset).limit(limit)
                    .fetch(r -> new ImportIssue(ImportIssue.Severity.valueOf(r.getSeverity().toUpperCase(java.util.Locale.ROOT)),
                            r.getRecordNo(), r.getLineNo(), r.getField(), r.getRule(), r.getMessage()));
        });
    }

    /** Only snapshots whose import finished: a committed import always has its ledger entry. */
    static Condition complete() {
        return SNAPSHOT.LEDGER_SEQ.isNotNull();
    }

    static SnapshotInfo info(Record r) {
        return new SnapshotInfo(r.get(SNAPSHOT.ID), r.get(SNAPSHOT.SOURCE), r.get(SNAPSHOT.IMPORTER_ID), r.get(SNAPSHOT.IMPORTER_VERSION),
                r.get(SNAPSHOT.FILE_NAME), r.get(SNAPSHOT.FILE_SHA256), r.get(SNAPSHOT.FILE_SIZE),
                Timestamps.parse(r.get(SNAPSHOT.GENERATED_AT)), Timestamps.parse(r.get(SNAPSHOT.IMPORTED_AT)), r.get(SNAPSHOT.IMPORTED_BY),
                new SnapshotCounts(r.get(SNAPSHOT.RECORD_COUNT), r.get(SNAPSHOT.IDENTITY_COUNT), r.get(SNAPSHOT.CREDENTIAL_COUNT),
                        r.get(SNAPSHOT.GRANT_COUNT), r.get(SNAPSHOT.LINK_COUNT), r.get(SNAPSHOT.DUPLICATE_COUNT),
                        r.get(SNAPSHOT.WARNING_COUNT), r.get(SNAPSHOT.REFUSED_COUNT)),
                r.get(SNAPSHOT.LEDGER_SEQ), r.get(SNAPSHOT.SERIES_PART));
    }
}
