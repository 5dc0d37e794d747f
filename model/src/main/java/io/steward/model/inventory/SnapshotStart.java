package io.steward.model.inventory;

import java.time.Instant;
import java.util.Objects;

/** What is known about a snapshot before its file is read. */
public record SnapshotStart(String fileName, String fileSha256, long fileSize, String importerId, String importerVersion,
                            Instant importedAt, String importedBy) {
    public SnapshotStart {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importerId, "importerId");
        Objects.requireNonNull(importerVersion, "importerVersion");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        if (fileSha256 == null || !fileSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("fileSha256 must be 64 lower-case hex digits");
        }
    }
}
