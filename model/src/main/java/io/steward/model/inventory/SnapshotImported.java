package io.steward.model.inventory;

/**
 * The payload of a {@code snapshot.imported} entry: which file was imported as which snapshot, read by which
 * importer, and what it held.
 */
public record SnapshotImported(long snapshotId, String source, String fileName, String fileSha256, long fileSize,
                               String importer, String importerVersion, String generatedAt, SnapshotCounts counts) {
}
