package io.steward.exports.workbook;

/** One thing in a workbook that does not match the ledger: where (sheet, row as shown, column) and what differs. */
public record WorkbookProblem(String sheet, int row, String column, String message) {
    @Override
    public String toString() {
        return "sheet '" + sheet + "'" + (row > 0 ? ", row " + row : "") + (column == null ? "" : ", column '" + column + "'") + ": " + message;
    }
}
