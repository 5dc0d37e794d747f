package io.steward.model.inventory;

import java.time.Instant;

/** One identity as the inventory lists it. {@code parentId} is the identity it belongs to (a key's user), or null. */
public record IdentityRow(long id, long snapshotId, String source, String nativeId, String name, String kind, String environment,
                          String ownerHint, Boolean enabled, Instant createdAt, Instant lastUsedAt, Long parentId,
                          int credentialCount) {
}
