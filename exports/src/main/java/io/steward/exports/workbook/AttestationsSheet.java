package io.steward.exports.workbook;

import io.steward.model.inventory.Timestamps;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.ledger.EntryRow;

/**
 * The Attestations sheet: one row per campaign item with who reviewed it, the decision in force and the
 * ledger entry that made it (seq and hash), plus what the reviewer saw (owner, findings at the time).
 */
final class AttestationsSheet {
    static final String ITEM = "Item";
    static final String SEQ = "Decision entry seq";
    static final String HASH = "Decision entry hash (SHA-256)";
    static final TableLayout LAYOUT = new TableLayout("Attestations",
            Column.integer(ITEM, 8),
            Column.imported("Identity key", 48),
            Column.imported("Name", 28),
            Column.imported("Source", 22),
            Column.imported("Kind", 16),
            Column.imported("Owner", 20),
            Column.imported("Reviewer", 20),
            Column.text("Decision", 12),
            Column.imported("Comment", 40),
            Column.imported("Decided by", 18),
            Column.dateTime("Decided at (UTC)"),
            Column.text("Findings at the time", 36),
            Column.text("Highest severity", 12),
            Column.text("Recommendation", 14),
            Column.text("Frozen item hash (SHA-256)", 66),
            Column.integer(SEQ, 12),
            Column.text(HASH, 66));

    /** Decision, comment, reviewer, time, identity and frozen hash restate the decision entry. */
    static final EntryRowSpec ENTRIES = EntryRowSpec.of(LAYOUT, SEQ, HASH)
            .text("Decision", DecisionPayloads::decision)
            .text("Comment", DecisionPayloads::comment)
            .text("Decided by", EntryRow::actor)
            .text("Decided at (UTC)", EntryRow::time)
            .text("Identity key", (entry, row) -> DecisionPayloads.itemField(entry, row.get(ITEM), "identity"))
            .text("Frozen item hash (SHA-256)", (entry, row) -> DecisionPayloads.itemField(entry, row.get(ITEM), "frozenHash"))
            .build();

    private AttestationsSheet() {
    }

    static void row(TableSheet table, CampaignItem i, String decisionHash) {
        table.row(i.itemNo(), i.identity(), i.name(), i.source(), i.kind(), i.owner(), i.reviewer(), i.decision(), i.comment(),
                i.decidedBy(), i.decidedAt() == null ? null : Timestamps.parse(i.decidedAt()),
                i.findingRules() == null ? "" : i.findingRules().replace(",", ", "), i.maxSeverity(), i.recommendation(),
                i.frozenHash(), i.decisionSeq(), decisionHash);
    }
}
