package io.steward.model.inventory.query;

import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.store.Store;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The imported snapshots for the CLI and console: every completed import, its source, importer, hash,
 * times and counts, whether it is the current one of its series, and the issues stored with it (warnings,
 * refused secrets: where and why, never a value). Reads through the import's {@link Snapshots}.
 * Thread-safe; calls block.
 */
public final class SnapshotCatalog {
    private final Snapshots snapshots;

    public SnapshotCatalog(Store store) {
        this.snapshots = new Snapshots(Objects.requireNonNull(store, "store"));
    }

    /** Every snapshot, oldest import first. */
    public List<CatalogEntry> list() {
        Set<Long> current = currentIds();
        return snapshots.list().stream().sorted(Comparator.comparingLong(SnapshotInfo::id))
                .map(s -> new CatalogEntry(s, current.contains(s.id()))).toList();
    }

    public Optional<CatalogEntry> get(long id) {
        return snapshots.get(id).map(s -> new CatalogEntry(s, currentIds().contains(id)));
    }

    /** The sources that have snapshots, in order. */
    public List<String> sources() {
        return snapshots.list().stream().map(SnapshotInfo::source).distinct().sorted().toList();
    }

    /**
     * The newest snapshot of {@code source} and the one before it in the same series (same importer), newest
     * first: what "what changed since last time" compares. Fewer than two when the series has fewer.
     */
    public List<CatalogEntry> latestTwo(String source) {
        Objects.requireNonNull(source, "source");
        Set<Long> current = currentIds();
        List<SnapshotInfo> newestFirst = snapshots.list().stream().filter(s -> s.source().equals(source)).toList();
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        String importer = newestFirst.get(0).importerId();
        return newestFirst.stream().filter(s -> s.importerId().equals(importer)).limit(2)
                .map(s -> new CatalogEntry(s, current.contains(s.id()))).toList();
    }

    /** The first {@code limit} issues recorded with a snapshot, in file order; {@code severity} null = both kinds. */
    public List<ImportIssue> issues(long snapshotId, ImportIssue.Severity severity, int limit) {
        return snapshots.issues(snapshotId, severity, 0, limit);
    }

    private Set<Long> currentIds() {
        return Set.copyOf(snapshots.latest().stream().map(io.steward.model.inventory.SnapshotInfo::id).toList());
    }
}
