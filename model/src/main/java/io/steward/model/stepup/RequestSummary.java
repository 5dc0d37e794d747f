package io.steward.model.stepup;

import java.time.Duration;
import java.time.Instant;

/**
 * One request as the inbox and {@code stepup list} show it. {@code grantExpiresAt}/{@code grantedTtl} are set once
 * granted; {@code approvalsRequired} is what the latest approval's policy evaluation required (0 before any).
 */
public record RequestSummary(String id, Instant requestedAt, Instant expiresAt, String requester, String identityKey,
                             String targetName, String privilege, String resource, String environment, Duration ttl,
                             String justification, RequestState state, int approvals, int approvalsRequired,
                             Instant grantExpiresAt, Duration grantedTtl) {
    /** When this needs attention by: a pending request's expiry, an active grant's end. */
    public Instant due() {
        return grantExpiresAt != null ? grantExpiresAt : expiresAt;
    }

    public boolean privileged() {
        return PolicyInputs.privileged(privilege);
    }
}
