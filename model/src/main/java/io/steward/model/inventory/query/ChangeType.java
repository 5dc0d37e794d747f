package io.steward.model.inventory.query;

/** How an identity, credential or grant differs between an older and a newer snapshot. */
public enum ChangeType {
    ADDED, REMOVED, CHANGED, UNCHANGED
}
