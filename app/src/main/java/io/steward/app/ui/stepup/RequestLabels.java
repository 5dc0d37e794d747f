package io.steward.app.ui.stepup;

import io.steward.app.ui.common.Times;
import io.steward.model.stepup.RequestState;
import io.steward.model.stepup.RequestSummary;
import java.time.Instant;

/** How a request's state and timing read in the table and above its details: "pending · 1 of 2", "ends in 40 minutes". */
final class RequestLabels {
    private RequestLabels() {
    }

    /** "pending", "pending · 1 of 2", "active", "EXPIRED", "denied", "revoked". */
    static String state(RequestSummary r) {
        if (r.state() == RequestState.PENDING && r.approvalsRequired() > 1) {
            return "pending · " + r.approvals() + " of " + r.approvalsRequired();
        }
        return r.state() == RequestState.EXPIRED ? "EXPIRED" : r.state().label();
    }

    /** What the time column says: until when it can be decided, a grant's remaining time, or when it ended. */
    static String due(RequestSummary r, Instant now) {
        return switch (r.state()) {
            case PENDING -> "expires " + Times.relative(r.expiresAt(), now, "?");
            case ACTIVE -> "ends " + Times.relative(r.grantExpiresAt(), now, "?") + " (" + remaining(r, now) + " left)";
            case EXPIRED -> r.grantExpiresAt() != null ? "grant expired " + Times.relative(r.grantExpiresAt(), now, "?")
                    : "expired undecided " + Times.relative(r.expiresAt(), now, "?");
            case DENIED -> "denied";
            case REVOKED -> "revoked before " + Times.absolute(r.grantExpiresAt(), "?");
        };
    }

    /** One line above the details, so the grant's life is read first. */
    static String headline(RequestSummary r, Instant now) {
        return switch (r.state()) {
            case PENDING -> "Pending: " + r.approvals() + " of " + Math.max(1, r.approvalsRequired()) + " approvals so far; it "
                    + due(r, now) + " (" + Times.absolute(r.expiresAt(), "?") + ")";
            case ACTIVE -> "Active grant of " + r.grantedTtl() + ": " + remaining(r, now) + " left, until " + Times.absolute(r.grantExpiresAt(), "?");
            case EXPIRED -> r.grantExpiresAt() != null ? "EXPIRED grant: it ended " + Times.both(r.grantExpiresAt(), now, "?")
                    : "EXPIRED undecided: nobody approved it by " + Times.absolute(r.expiresAt(), "?");
            case DENIED -> "Denied";
            case REVOKED -> "Revoked: the grant was ended before " + Times.absolute(r.grantExpiresAt(), "?");
        };
    }

    private static String remaining(RequestSummary r, Instant now) {
        String span = Times.span(java.time.Duration.between(now, r.grantExpiresAt()));
        return span == null ? "under a minute" : span;
    }
}
