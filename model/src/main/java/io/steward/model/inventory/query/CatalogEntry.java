package io.steward.model.inventory.query;

import io.steward.model.inventory.SnapshotInfo;

/** A stored snapshot and whether it is the newest of its series (its identities are the current ones). */
public record CatalogEntry(SnapshotInfo info, boolean current) {
    public long id() {
        return info.id();
    }
}
