package io.steward.model.inventory;

import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of one secret-bearing thing attached to an identity (access key, password, certificate,
 * token). Never the secret: {@code nativeId} is a slot name (e.g. {@code key1}), a public id or a
 * fingerprint; {@code maskedId} is what may be shown (e.g. {@code AKIA…WXYZ}).
 */
public record CredentialRecord(String nativeId, String maskedId, String kind, Boolean active,
                               Instant createdAt, Instant lastRotatedAt, Instant lastUsedAt, Instant expiresAt) {
    public CredentialRecord {
        Objects.requireNonNull(nativeId, "nativeId");
        Objects.requireNonNull(kind, "kind");
    }
}
