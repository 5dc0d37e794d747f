package io.steward.model.inventory.query;

import java.time.Instant;

/**
 * One identity as a list shows it.
 *
 * @param id        row id (stable for this snapshot's row; use it for {@link InventoryQuery#detail})
 * @param parentId  the identity this one belongs to (an access key's user), or {@code null}
 * @param enabled   {@code null} when the source does not say
 * @param key       the identity key: the principal, however many importers describe it (see IdentityKeys)
 * @param risk      the worst open, not accepted, finding and their count, as the inventory pages read it; {@code null} from
 *                  the queries that do not read it (detail, look-ups)
 */
public record IdentityRow(long id, long snapshotId, String source, String nativeId, String name, String kind,
                          String environment, String ownerHint, Boolean enabled, Instant createdAt, Instant lastUsedAt,
                          Long parentId, String key, Risk risk) {
    /** This row with facts merged in from other current rows of its principal (see {@link InventoryQuery#page}). */
    IdentityRow merged(String mergedOwnerHint, String mergedEnvironment, Boolean mergedEnabled, Instant mergedCreatedAt,
                       Instant mergedLastUsedAt) {
        return new IdentityRow(id, snapshotId, source, nativeId, name, kind, mergedEnvironment, mergedOwnerHint, mergedEnabled,
                mergedCreatedAt, mergedLastUsedAt, parentId, key, risk);
    }
}
