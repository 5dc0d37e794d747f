package io.steward.model.inventory.query;

import java.time.Instant;

/**
 * The same stable id in one snapshot of its series (same source and importer), oldest first.
 *
 * @param identityId  the identity's row in that snapshot, or {@code null} when it was absent from it
 * @param change      compared with the previous snapshot of the series
 */
public record HistoryEntry(long snapshotId, String fileName, Instant asOf, Instant importedAt, Long identityId,
                           ChangeType change) {
}
