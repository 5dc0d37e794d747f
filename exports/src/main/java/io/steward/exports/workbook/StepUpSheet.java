package io.steward.exports.workbook;

import io.steward.model.inventory.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.ledger.EntryRow;
import io.steward.model.stepup.StepUpEntries;
import java.util.List;

/** The Step-up decisions sheet: every approval, denial and revocation of the period, with the policy that applied. */
final class StepUpSheet {
    static final List<String> KINDS = List.of(StepUpEntries.APPROVED, StepUpEntries.DENIED, StepUpEntries.REVOKED);
    static final TableLayout LAYOUT = new TableLayout("Step-up decisions",
            Column.integer("Seq", 10),
            Column.dateTime("Time (UTC)"),
            Column.imported("Decided by", 16),
            Column.text("Decision", 18),
            Column.imported("Request", 22),
            Column.imported("Identity key", 48),
            Column.text("Role", 10),
            Column.imported("Reason", 40),
            Column.text("TTL", 8),
            Column.text("Expires at", 24),
            Column.text("Policy (name, applied rules)", 40),
            Column.text("Entry hash (SHA-256)", 66));

    static final EntryRowSpec ENTRIES = EntryRowSpec.of(LAYOUT, "Seq", "Entry hash (SHA-256)")
            .text("Time (UTC)", EntryRow::time)
            .text("Decided by", EntryRow::actor)
            .text("Decision", EntryRow::kind)
            .text("Request", EntryRow::subject)
            .text("Identity key", e -> Payloads.text(e, "identityKey"))
            .text("Reason", e -> Payloads.text(e, "reason"))
            .build();

    private StepUpSheet() {
    }

    static void row(TableSheet table, EntryRow e) {
        JsonNode p = Payloads.of(e);
        JsonNode policy = p.path("policy");
        String expires = Payloads.text(p, "expiresAt").isEmpty() ? Payloads.text(p, "grantExpiresAt") : Payloads.text(p, "expiresAt");
        table.row(e.seq(), Timestamps.parse(e.time()), e.actor(), e.kind(), e.subject(), Payloads.text(p, "identityKey"),
                Payloads.text(p, "role"), Payloads.text(p, "reason"), Payloads.text(p, "ttl"), expires,
                policy.isMissingNode() || policy.isNull() ? "" : Payloads.text(policy, "name") + " " + Payloads.text(policy, "applied"),
                e.hashHex());
    }
}
