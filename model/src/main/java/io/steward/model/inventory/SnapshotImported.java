package io.steward.model.inventory;

/**
 * The payload of a {@code snapshot.imported} entry: which file was imported as which snapshot, read by which
 * importer, what it held, and the digest of its rows ({@link SnapshotRowDigest}) that verification recomputes.
 */
public record SnapshotImported(long snapshotId, String source, String fileName, String fileSha256, long fileSize,
                               String importer, String importerVersion, String generatedAt, SnapshotCounts counts,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               String rowDigest) {
}
