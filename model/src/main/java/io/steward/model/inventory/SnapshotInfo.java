package io.steward.model.inventory;

import java.time.Instant;

/** One imported file as recorded: where it came from, its hash, which importer read it, and its counts. */
public record SnapshotInfo(long id, String source, String importerId, String importerVersion, String fileName,
                           String fileSha256, long fileSize, Instant generatedAt, Instant importedAt, String importedBy,
                           SnapshotCounts counts, Long ledgerSeq, String seriesPart) {
    /** A snapshot of a format whose files each cover the whole source (no series part). */
    public SnapshotInfo(long id, String source, String importerId, String importerVersion, String fileName, String fileSha256,
                        long fileSize, Instant generatedAt, Instant importedAt, String importedBy, SnapshotCounts counts, Long ledgerSeq) {
        this(id, source, importerId, importerVersion, fileName, fileSha256, fileSize, generatedAt, importedAt, importedBy, counts,
                ledgerSeq, "");
    }

    /** The series this snapshot belongs to, as people read it: source, importer and, when there is one, the part. */
    public String seriesName() {
        return source + " / " + importerId + (seriesPart == null || seriesPart.isEmpty() ? "" : " / " + seriesPart);
    }

    /** The moment the data describes: the export's own time when known, else the import time. */
    public Instant asOf() {
        return generatedAt != null ? generatedAt : importedAt;
    }
}
