package io.steward.exports.workbook;

import io.steward.model.inventory.Timestamps;
import io.steward.model.campaigns.CampaignItem;

/** The Remediation sheet: the revoke and reduce decisions in force, what each takes away, and its ledger entry. */
final class RemediationSheet {
    static final TableLayout LAYOUT = new TableLayout("Remediation",
            Column.integer("Item", 8),
            Column.imported("Identity key", 48),
            Column.imported("Name", 28),
            Column.imported("Source", 22),
            Column.imported("Owner", 20),
            Column.text("Decision", 10),
            Column.imported("Remove (grants or credentials)", 40),
            Column.imported("Comment", 40),
            Column.imported("Decided by", 18),
            Column.dateTime("Decided at (UTC)"),
            Column.integer("Decision entry seq", 12),
            Column.text("Decision entry hash (SHA-256)", 66));

    private RemediationSheet() {
    }

    static void row(TableSheet table, CampaignItem i, String decisionHash) {
        table.row(i.itemNo(), i.identity(), i.name(), i.source(), i.owner(), i.decision(), i.remove(), i.comment(), i.decidedBy(),
                i.decidedAt() == null ? null : Timestamps.parse(i.decidedAt()), i.decisionSeq(), decisionHash);
    }
}
