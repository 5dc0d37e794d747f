package io.steward.model.stepup;

import java.util.List;

/**
 * The ledger entry kinds of step-up and their payloads (serialised to canonical JSON). Subject: the request id.
 * Times are ISO-8601 UTC text, durations ISO-8601 (PT1H).
 */
public final class StepUpEntries {
    /** A request was imported or entered by hand. */
    public static final String REQUESTED = "stepup.requested";
    /** An approver approved; {@code granted} says whether this approval completed the grant. */
    public static final String APPROVED = "stepup.approved";
    /** An approver denied; the request is closed. */
    public static final String DENIED = "stepup.denied";
    /** A grant was ended before its expiry. */
    public static final String REVOKED = "stepup.revoked";

    public static final List<String> KINDS = List.of(REQUESTED, APPROVED, DENIED, REVOKED);

    private StepUpEntries() {
    }

    /** {@code via}: {@code import:FILE} or {@code manual}. */
    public record Requested(String id, String requestedAt, String expiresAt, String requester, String target,
                            String identityKey, String privilege, String resource, String environment, String ttl,
                            String justification, String task, List<String> tools, String via) {
    }

    /** The policy evaluation embedded in a decision: which policy, the rules that applied, and the combined effect. */
    public record PolicyRecord(String name, String sha256, List<String> applied, List<String> denials, String cap,
                               int approvalsRequired) {
    }

    /** {@code role}: owner, backup or delegate. {@code approval} counts distinct approvers so far, this one included. */
    public record Approved(String request, String identityKey, String ttl, String reason, String role, int approval,
                           int approvalsRequired, boolean granted, String grantedAt, String expiresAt, PolicyRecord policy) {
    }

    public record Denied(String request, String identityKey, String reason, String role, PolicyRecord policy) {
    }

    public record Revoked(String request, String identityKey, String reason, String role, String grantExpiresAt) {
    }
}
