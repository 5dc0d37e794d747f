package io.steward.exports.workbook;

/** The Findings sheet: every finding an item had when the campaign froze it, with the item's decision. */
final class FindingsSheet {
    static final TableLayout LAYOUT = new TableLayout("Findings",
            Column.integer("Item", 8),
            Column.imported("Identity key", 48),
            Column.imported("Name", 28),
            Column.text("Rule", 24),
            Column.text("Severity", 10),
            Column.text("Title", 40),
            Column.imported("Owner", 20),
            Column.text("Decision", 12));

    private FindingsSheet() {
    }
}
