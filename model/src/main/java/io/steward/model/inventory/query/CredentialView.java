package io.steward.model.inventory.query;

import java.time.Duration;
import java.time.Instant;

/**
 * A credential's metadata as stored (never a secret): {@code nativeId} is a slot, public id or fingerprint,
 * {@code maskedId} what may be shown.
 */
public record CredentialView(int position, String nativeId, String maskedId, String kind, Boolean active,
                             Instant createdAt, Instant lastRotatedAt, Instant lastUsedAt, Instant expiresAt) {
    /** Age since the last rotation (else creation) at {@code now}; {@code null} when neither is known. */
    public Duration age(Instant now) {
        Instant since = lastRotatedAt != null ? lastRotatedAt : createdAt;
        return since == null ? null : Duration.between(since, now);
    }

    /** The same credential in another snapshot: same native id, same kind. */
    boolean sameAs(CredentialView other) {
        return nativeId.equals(other.nativeId) && kind.equals(other.kind);
    }
}
