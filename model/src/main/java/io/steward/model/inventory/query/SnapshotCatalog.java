package io.steward.model.inventory.query;

import io.steward.model.inventory.ImportIssue;
import io.steward.model.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.steward.model.db.Tables.SNAPSHOT;
import static io.steward.model.db.Tables.SNAPSHOT_ISSUE;

/**
 * The imported snapshots: every file imported, its source, importer, hash, times and counts, and the
 * issues (warnings, refused secrets: where and why, never a value) recorded with it.
 * Thread-safe; calls block.
 */
public final class SnapshotCatalog {
    private final Store store;

    public SnapshotCatalog(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every snapshot, oldest import first. */
    public List<CatalogEntry> list() {
        return store.read(ctx -> {
            Set<Long> current = currentIds(ctx);
            return ctx.selectFrom(SNAPSHOT).orderBy(SNAPSHOT.ID).fetch(s -> new CatalogEntry(Snapshots.info(s), current.contains(s.getId())));
        });
    }

    public Optional<CatalogEntry> get(long id) {
        return store.read(ctx -> ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(id)).fetchOptional()
                .map(s -> new CatalogEntry(Snapshots.info(s), currentIds(ctx).contains(id))));
    }

    /** The sources that have snapshots, in order. */
    public List<String> sources() {
        return store.read(ctx -> ctx.selectDistinct(SNAPSHOT.SOURCE).from(SNAPSHOT).orderBy(SNAPSHOT.SOURCE).fetch(SNAPSHOT.SOURCE));
    }

    /**
     * The newest snapshot of {@code source} and the one before it in the same series (same importer), newest
     * first: what "what changed since last time" compares. Fewer than two when the series has fewer.
     */
    public List<CatalogEntry> latestTwo(String source) {
        Objects.requireNonNull(source, "source");
        return store.read(ctx -> {
            var newest = ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.SOURCE.eq(source))
                    .orderBy(Snapshots.asOf().desc(), SNAPSHOT.ID.desc()).limit(1).fetchOne();
            if (newest == null) {
                return List.of();
            }
            Set<Long> current = currentIds(ctx);
            List<CatalogEntry> two = new ArrayList<>();
            ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.SOURCE.eq(source)).and(SNAPSHOT.IMPORTER_ID.eq(newest.getImporterId()))
                    .orderBy(Snapshots.asOf().desc(), SNAPSHOT.ID.desc()).limit(2)
                    .forEach(s -> two.add(new CatalogEntry(Snapshots.info(s), current.contains(s.getId()))));
            return two;
        });
    }

    /** The first {@code limit} issues recorded with a snapshot, in file order; {@code severity} null = both kinds. */
    public List<ImportIssue> issues(long snapshotId, ImportIssue.Severity severity, int limit) {
        return store.read(ctx -> ctx.selectFrom(SNAPSHOT_ISSUE).where(SNAPSHOT_ISSUE.SNAPSHOT_ID.eq(snapshotId))
                .and(severity == null ? org.jooq.impl.DSL.noCondition() : SNAPSHOT_ISSUE.SEVERITY.eq(severity.code()))
                .orderBy(SNAPSHOT_ISSUE.ID).limit(limit)
                .fetch(i -> new ImportIssue(ImportIssue.Severity.valueOf(i.getSeverity().toUpperCase(Locale.ROOT)), i.getRecordNo(),
                        i.getLineNo(), i.getField(), i.getRule(), i.getMessage())));
    }

    private static Set<Long> currentIds(org.jooq.DSLContext ctx) {
        return Set.copyOf(CurrentSnapshots.load(ctx).all().stream().map(CurrentSnapshots.Ref::id).toList());
    }
}
