package io.steward.model.inventory;

import io.steward.model.ledger.EntryKind;
import io.steward.model.ledger.EntryKinds;

/** The entry kinds of importing: snapshots and the column mappings they are read with. */
public final class InventoryEntries {
    /** One file imported as one snapshot ({@link SnapshotWriter#finish}). */
    public static final EntryKind<SnapshotImported> SNAPSHOT_IMPORTED = EntryKind.of("snapshot.imported", SnapshotImported.class);
    /** A column mapping saved for a source, so its next files are read the same way ({@link ColumnMappings}). */
    public static final EntryKind<ColumnMappingEntry> MAPPING_SAVED = EntryKind.of("mapping.saved", ColumnMappingEntry.class);
    /** A saved column mapping forgotten: the source's next file is matched by its headers again. */
    public static final EntryKind<ColumnMappingEntry> MAPPING_FORGOTTEN = EntryKind.of("mapping.forgotten", ColumnMappingEntry.class);

    private InventoryEntries() {
    }

    public static void register(EntryKinds.Builder catalogue) {
        catalogue.kind(SNAPSHOT_IMPORTED).kind(MAPPING_SAVED).kind(MAPPING_FORGOTTEN);
    }
}
