package io.steward.importers;

import io.steward.importers.secrets.SafeFileName;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotCounts;
import io.steward.model.inventory.SnapshotInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What importing one file did (or, for a preview, would do): the importer, the source, counts, and the
 * first warnings and refused secrets (all of them are stored with a committed snapshot).
 *
 * @param snapshot the committed snapshot, or {@code null} for a preview
 * @param issues   the first {@link ImportOptions#maxIssuesInReport()} issues, in file order
 * @param sameFileAs an earlier snapshot of the same source made from the same file (SHA-256), or {@code null}: a preview
 *                   says so, and a commit only gets this far with {@link ImportOptions#again()}
 */
public record ImportReport(Path file, String fileSha256, long fileSize, String importerId, String importerVersion,
                           String source, Instant generatedAt, SnapshotCounts counts, List<ImportIssue> issues,
                           SnapshotInfo snapshot, Duration elapsed, SnapshotInfo sameFileAs) {
    public boolean committed() {
        return snapshot != null;
    }

    /** The file as it may be printed or shown: a secret in its name or path redacted. */
    public SafeFileName safeFile() {
        return SafeFileName.of(file);
    }

    public List<ImportIssue> refusals() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.REFUSED).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.WARNING).toList();
    }
}
