package io.steward.model.inventory.query;

import java.util.List;

/**
 * One identity that differs between two snapshots, keyed by its stable id.
 *
 * @param before the row in the older snapshot ({@code null} when added)
 * @param after  the row in the newer snapshot ({@code null} when removed)
 * @param fields for CHANGED: the identity's own fields that differ (name, kind, owner, times, attributes, tags, ...)
 * @param credentials for CHANGED: credentials added, removed or changed; for ADDED/REMOVED: empty
 * @param grants for CHANGED: grants added, removed or changed; for ADDED/REMOVED: empty
 */
public record IdentityChange(ChangeType type, String nativeId, IdentityRow before, IdentityRow after,
                             List<FieldChange> fields, List<CredentialChange> credentials, List<GrantChange> grants) {
    public IdentityChange {
        fields = List.copyOf(fields);
        credentials = List.copyOf(credentials);
        grants = List.copyOf(grants);
    }

    /** The row to show: the newer one, else the older. */
    public IdentityRow row() {
        return after != null ? after : before;
    }
}
