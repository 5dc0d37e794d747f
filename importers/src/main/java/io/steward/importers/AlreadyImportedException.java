package io.steward.importers;

import io.steward.importers.spi.BadInputException;
import io.steward.model.inventory.SnapshotInfo;
import java.nio.file.Path;

/**
 * The file was imported before as a snapshot of the same source (same SHA-256): importing it again would add a
 * duplicate snapshot, so the import stops and stores nothing unless the caller asks for it
 * ({@link ImportOptions#withAgain(boolean)}). Names the earlier snapshot, when and by whom it was imported.
 */
public final class AlreadyImportedException extends BadInputException {
    private final transient SnapshotInfo earlier;

    public AlreadyImportedException(Path file, SnapshotInfo earlier) {
        super(file, 0, 0, null, "already imported as snapshot " + earlier.id() + " of " + earlier.source() + " on "
                + ImportedAt.format(earlier.importedAt()) + " by " + earlier.importedBy() + " (same SHA-256); nothing was stored");
        this.earlier = earlier;
    }

    /** The snapshot made from the same file before. */
    public SnapshotInfo earlier() {
        return earlier;
    }

    /** Times in messages: UTC to the minute, as the command line's tables show them. */
    static final class ImportedAt {
        private static final java.time.format.DateTimeFormatter MINUTE =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

        private ImportedAt() {
        }

        static String format(java.time.Instant t) {
            return MINUTE.format(t);
        }
    }
}
