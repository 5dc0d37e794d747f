package io.steward.model.inventory.query;

import io.steward.model.inventory.SnapshotCounts;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Timestamps;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.SNAPSHOT;

/** Reading snapshot rows back into {@link SnapshotInfo}. */
final class Snapshots {
    private Snapshots() {
    }

    /** The time a snapshot describes (the export's own time, else the import time): the order of a series. */
    static Field<String> asOf() {
        return DSL.coalesce(SNAPSHOT.GENERATED_AT, SNAPSHOT.IMPORTED_AT);
    }

    static SnapshotInfo info(io.steward.model.db.tables.records.SnapshotRecord s) {
        return new SnapshotInfo(s.getId(), s.getSource(), s.getImporterId(), s.getImporterVersion(), s.getFileName(), s.getFileSha256(),
                s.getFileSize(), Timestamps.parse(s.getGeneratedAt()), Timestamps.parse(s.getImportedAt()), s.getImportedBy(),
                new SnapshotCounts(s.getRecordCount(), s.getIdentityCount(), s.getCredentialCount(), s.getGrantCount(), s.getLinkCount(),
                        s.getDuplicateCount(), s.getWarningCount(), s.getRefusedCount()), s.getLedgerSeq());
    }
}
