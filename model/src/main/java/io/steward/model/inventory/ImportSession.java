package io.steward.model.inventory;

import io.steward.model.ledger.Ledger;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One import's access to the ledger file, from {@link SnapshotImports}: the saved column mappings, a snapshot
 * writer in the import's transaction, and its completion (snapshot, ledger entry, targets). A preview session
 * writes into a throw-away scratch ledger and saves nothing.
 */
public final class ImportSession {
    private final DSLContext tx;
    private final Ledger ledger;
    private final ColumnMappings mappings;
    private final boolean preview;

    ImportSession(DSLContext tx, Ledger ledger, ColumnMappings mappings, boolean preview) {
        this.tx = tx;
        this.ledger = ledger;
        this.mappings = mappings;
        this.preview = preview;
    }

    public boolean isPreview() {
        return preview;
    }

    /** The mapping saved for a source and importer (read from the real ledger, also in a preview). */
    public Optional<ColumnMappings.Saved> savedMapping(String source, String importerId) {
        return preview ? mappings.find(source, importerId) : ColumnMappings.find(tx, source, importerId);
    }

    /** Saves a mapping in the import's transaction (a {@code mapping.saved} entry); a preview saves nothing. */
    public void saveMapping(String source, String importerId, Map<String, String> columns, String actor) {
        if (!preview) {
            mappings.save(tx, source, importerId, columns, actor);
        }
    }

    /** The source remembered for files of {@code importerId} named like {@code filePattern} (from the real ledger, also in a preview). */
    public Optional<String> rememberedSource(String importerId, String filePattern) {
        return preview ? mappings.ledger().store().read(ctx -> RememberedSources.find(ctx, importerId, filePattern))
                : RememberedSources.find(tx, importerId, filePattern);
    }

    /** Remembers a source for files named like {@code filePattern} in the import's transaction; a preview remembers nothing. */
    public void rememberSource(String importerId, String filePattern, String source, String actor, java.time.Instant now) {
        if (!preview) {
            RememberedSources.remember(tx, ledger, importerId, filePattern, source, actor, now);
        }
    }

    /**
     * The newest snapshot of {@code source} made from a file with this SHA-256 (read in the import's transaction, so a
     * file imported earlier in the same transaction counts; a preview reads the real ledger).
     */
    public Optional<SnapshotInfo> sameFile(String fileSha256, String source) {
        return preview ? new Snapshots(mappings.ledger().store()).sameFile(fileSha256, source) : Snapshots.sameFile(tx, fileSha256, source);
    }

    /** A writer for one snapshot in this session's transaction. */
    public SnapshotWriter snapshot(SnapshotStart start) {
        return new SnapshotWriter(tx, start);
    }

    /**
     * Completes the snapshot: its counts, flags and {@code snapshot.imported} entry, then the target's records
     * (null: none) and the {@code after} work (null: none). Not for a preview, which stops at {@link SnapshotWriter#flushAndCount()}.
     */
    public SnapshotInfo finish(SnapshotWriter writer, String actor, ImportTarget target, AfterImport after) {
        if (preview) {
            throw new IllegalStateException("a preview stores nothing");
        }
        SnapshotInfo info = writer.finish(ledger, actor);
        if (target != null) {
            target.write(tx, info);
        }
        if (after != null) {
            after.run(tx, info, target != null);
        }
        return info;
    }
}
