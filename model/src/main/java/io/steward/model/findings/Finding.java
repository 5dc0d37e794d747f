package io.steward.model.findings;

import java.time.Instant;

/**
 * One finding: a rule that fires on an identity, with the evidence (JSON object text of the fields and values that
 * fired it), the source and snapshot in which it was first seen, and, when resolved, when. {@code acceptance} is
 * the acceptance in force now, or {@code null}.
 */
public record Finding(long id, String identityKey, String identityName, RuleInfo rule, Severity severity, String evidence,
                      String source, Long firstSeenSnapshot, Instant firstSeenAt, Instant lastSeenAt, Instant resolvedAt,
                      Acceptance acceptance) {
    public enum Status { OPEN, ACCEPTED, RESOLVED }

    public Status status() {
        return resolvedAt != null ? Status.RESOLVED : acceptance != null ? Status.ACCEPTED : Status.OPEN;
    }
}
