package io.steward.model.findings;

/** Ledger entry kinds of risk acceptance and their payloads. Subject: the identity key. */
public final class FindingEntries {
    /** An owner accepted the risk of one rule on one identity until a date. */
    public static final String ACCEPTED = "finding.accepted";
    public static final io.steward.model.ledger.EntryKind<Accepted> ACCEPTED_KIND = io.steward.model.ledger.EntryKind.of(ACCEPTED, Accepted.class);
    /** An acceptance was ended before its date. */
    public static final String ACCEPTANCE_ENDED = "finding.acceptance-ended";
    public static final io.steward.model.ledger.EntryKind<AcceptanceEnded> ACCEPTANCE_ENDED_KIND = io.steward.model.ledger.EntryKind.of(ACCEPTANCE_ENDED, AcceptanceEnded.class);

    private FindingEntries() {
    }

    public record Accepted(String rule, String until, String reason) {
    }

    public record AcceptanceEnded(String rule, String reason) {
    }
}
