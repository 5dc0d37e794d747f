package io.steward.model.inventory;

/** How much one snapshot holds: records read, identities kept, their children, and what was reported. */
public record SnapshotCounts(long records, long identities, long credentials, long grants, long links,
                             long duplicates, long warnings, long refused) {
}
