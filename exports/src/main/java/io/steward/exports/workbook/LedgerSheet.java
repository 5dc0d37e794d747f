package io.steward.exports.workbook;

import io.steward.model.db.tables.records.LedgerViewRecord;
import java.time.Instant;

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
            .text("Time (UTC)", LedgerViewRecord::getTime)
            .text("Actor", LedgerViewRecord::getActor)
            .text("Kind", LedgerViewRecord::getKind)
            .text("Subject", LedgerViewRecord::getSubject)
            .json("Payload (canonical JSON)", LedgerViewRecord::getPayload)
            .build();

    private LedgerSheet() {
    }

    static void row(TableSheet table, LedgerViewRecord r) {
        table.row(r.getSeq(), Instant.parse(r.getTime()), r.getActor(), r.getKind(), r.getSubject(), r.getPayload(), r.getHashHex());
    }
}
