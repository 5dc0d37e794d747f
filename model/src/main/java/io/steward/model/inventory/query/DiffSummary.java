package io.steward.model.inventory.query;

import io.steward.model.inventory.SnapshotInfo;

/** What changed from {@code from} (older) to {@code to} (newer): identities added, removed, changed and unchanged. */
public record DiffSummary(SnapshotInfo from, SnapshotInfo to, long added, long removed, long changed, long unchanged) {
}
