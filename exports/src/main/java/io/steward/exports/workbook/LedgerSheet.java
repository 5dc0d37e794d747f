package io.steward.exports.workbook;

import io.steward.model.inventory.Timestamps;
import io.steward.model.ledger.EntryRow;

/**
 * The Ledger sheet: every entry of the period as stored (seq, time, actor, kind, subject, payload as
 * canonical JSON, hash). {@code steward ledger verify --workbook} compares each row with the ledger.
 */
final class LedgerSheet {
    static final TableLayout LAYOUT = new TableLayout("Ledger",
            Column.integer("Seq", 10),
            Column.dateTime("Time (UTC)"),
            Column.imported("Actor", 16),
            Column.text("Kind", 22),
            Column.imported("Subject", 40),
            Column.imported("Payload (canonical JSON)", 80),
            Column.text("Entry hash (SHA-256)", 66));

    /** Every column but the seq and hash restates a field of the entry. */
    static final EntryRowSpec ENTRIES = EntryRowSpec.of(LAYOUT, "Seq", "Entry hash (SHA-256)")
            .text("Time (UTC)", EntryRow::time)
            .text("Actor", EntryRow::actor)
            .text("Kind", EntryRow::kind)
            .text("Subject", EntryRow::subject)
            .json("Payload (canonical JSON)", EntryRow::payload)
            .build();

    private LedgerSheet() {
    }

    static void row(TableSheet table, EntryRow r) {
        table.row(r.seq(), Timestamps.parse(r.time()), r.actor(), r.kind(), r.subject(), r.payload(), r.hashHex());
    }
}
