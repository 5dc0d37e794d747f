package io.steward.exports.workbook;

import io.steward.model.inventory.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.ledger.EntryRow;
import io.steward.model.owners.OwnerEntries;
import java.util.List;

/** The Ownership changes sheet: every owner assignment of the period, with the previous owner and the reason. */
final class OwnershipSheet {
    static final List<String> KINDS = List.of(OwnerEntries.ASSIGNED.name());
    static final TableLayout LAYOUT = new TableLayout("Ownership changes",
            Column.integer("Seq", 10),
            Column.dateTime("Time (UTC)"),
            Column.imported("Changed by", 16),
            Column.imported("Identity key", 48),
            Column.imported("Owner", 22),
            Column.imported("Backup", 22),
            Column.imported("Previous owner", 22),
            Column.imported("Previous backup", 22),
            Column.imported("Reason", 40),
            Column.imported("Via", 20),
            Column.text("Entry hash (SHA-256)", 66));
    private static final String[] FIELDS = {"owner", "backup", "previousOwner", "previousBackup", "reason", "via"};
    private static final String[] HEADERS = {"Owner", "Backup", "Previous owner", "Previous backup", "Reason", "Via"};

    static final EntryRowSpec ENTRIES = spec();

    private OwnershipSheet() {
    }

    private static EntryRowSpec spec() {
        EntryRowSpec.Builder b = EntryRowSpec.of(LAYOUT, "Seq", "Entry hash (SHA-256)")
                .text("Time (UTC)", EntryRow::time)
                .text("Changed by", EntryRow::actor)
                .text("Identity key", EntryRow::subject);
        for (int i = 0; i < FIELDS.length; i++) {
            String field = FIELDS[i];
            b.text(HEADERS[i], e -> Payloads.text(e, field));
        }
        return b.build();
    }

    static void row(TableSheet table, EntryRow e) {
        JsonNode p = Payloads.of(e);
        table.row(e.seq(), Timestamps.parse(e.time()), e.actor(), e.subject(), Payloads.text(p, "owner"), Payloads.text(p, "backup"),
                Payloads.text(p, "previousOwner"), Payloads.text(p, "previousBackup"), Payloads.text(p, "reason"), Payloads.text(p, "via"),
                e.hashHex());
    }
}
