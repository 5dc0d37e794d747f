package io.steward.model.findings;

import java.time.Instant;

/** A risk acceptance of one rule on one identity; in force while not ended and before {@code until}. */
public record Acceptance(String identityKey, String rule, Instant until, String reason, String acceptedBy, Instant acceptedAt,
                         Instant endedAt, String endedBy, String endReason, long ledgerSeq) {
    public boolean inForce(Instant now) {
        return endedAt == null && now.isBefore(until);
    }
}
