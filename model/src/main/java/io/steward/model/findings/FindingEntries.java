package io.steward.model.findings;

/** Ledger entry kinds of risk acceptance and their payloads. Subject: the identity key. */
public final class FindingEntries {
    /** An owner accepted the risk of one rule on one identity until a date. */
    public static final String ACCEPTED = "finding.accepted";
    /** An acceptance was ended before its date. */
    public static final String ACCEPTANCE_ENDED = "finding.acceptance-ended";

    private FindingEntries() {
    }

    public record Accepted(String rule, String until, String reason) {
    }

    public record AcceptanceEnded(String rule, String reason) {
    }
}
