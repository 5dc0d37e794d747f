package io.steward.model.owners;

import java.time.Instant;

/** The owner (and backup, or {@code null}) an identity has now, and the assignment that made it so. */
public record CurrentOwner(String identityKey, OwnerRef owner, OwnerRef backup, String reason, Instant assignedAt,
                           String assignedBy, long ledgerSeq) {
}
