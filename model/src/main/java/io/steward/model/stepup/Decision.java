package io.steward.model.stepup;

import io.steward.model.stepup.policy.PolicyResult;
import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one approve, deny or revoke: for an approval, whether it completed the grant ({@code granted})
 * and, if so, the grant's TTL and expiry; {@code policy} is null for a revocation.
 */
public record Decision(String requestId, String kind, String actor, ApproverRole role, int approval, int approvalsRequired,
                       boolean granted, Duration ttl, Instant expiresAt, PolicyResult policy, long ledgerSeq) {
}
