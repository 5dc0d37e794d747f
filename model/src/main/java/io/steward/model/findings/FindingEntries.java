package io.steward.model.findings;

import io.steward.model.ledger.EntryKind;
import io.steward.model.ledger.EntryKinds;

/** Ledger entry kinds of risk acceptance and their payloads. Subject: the identity key. */
public final class FindingEntries {
    /** An owner accepted the risk of one rule on one identity until a date. */
    public static final EntryKind<Accepted> ACCEPTED = EntryKind.of("finding.accepted", Accepted.class);
    /** An acceptance was ended before its date. */
    public static final EntryKind<AcceptanceEnded> ACCEPTANCE_ENDED = EntryKind.of("finding.acceptance-ended", AcceptanceEnded.class);

    private FindingEntries() {
    }

    public static void register(EntryKinds.Builder catalogue) {
        catalogue.kind(ACCEPTED).kind(ACCEPTANCE_ENDED);
    }

    public record Accepted(String rule, String until, String reason) {
    }

    public record AcceptanceEnded(String rule, String reason) {
    }
}
