package io.steward.model.inventory;

import java.time.Instant;

/** One imported file as recorded: where it came from, its hash, which importer read it, and its counts. */
public record SnapshotInfo(long id, String source, String importerId, String importerVersion, String fileName,
                           String fileSha256, long fileSize, Instant generatedAt, Instant importedAt, String importedBy,
                           SnapshotCounts counts, Long ledgerSeq) {
    /** The moment the data describes: the export's own time when known, else the import time. */
    public Instant asOf() {
        return generatedAt != null ? generatedAt : importedAt;
    }
}
