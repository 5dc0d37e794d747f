package io.steward.exports.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.ledger.EntryRow;
import io.steward.model.json.CanonicalJson;
import io.steward.model.text.SpreadsheetText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Compares one workbook row that restates a ledger entry with that entry, and says precisely what differs. */
final class EntryRowComparison {
    private EntryRowComparison() {
    }

    static void compare(EntryRowSpec spec, String sheet, int rowNumber, List<String> cells, long seq, EntryRow entry, long headSeq,
                        List<WorkbookProblem> problems) {
        if (entry == null) {
            problems.add(new WorkbookProblem(sheet, rowNumber, spec.seqColumn(), "entry " + seq + " is not in the ledger, which ends at entry "
                    + headSeq + (seq > headSeq ? ": the newest entries were deleted since the export (truncated)" : ": it was deleted")));
            return;
        }
        String hashCell = WorkbookVerifier.cell(cells, spec.layout().indexOf(spec.hashColumn()));
        if (!hashCell.equalsIgnoreCase(entry.hashHex())) {
            problems.add(new WorkbookProblem(sheet, rowNumber, spec.hashColumn(), "the workbook says entry " + seq + " has hash " + shorten(hashCell)
                    + ", the ledger's entry " + seq + " has hash " + shorten(entry.hashHex())
                    + ": the ledger was rebuilt or edited since the export, or this cell was changed"));
        }
        EntryRowSpec.RowCells row = header -> WorkbookVerifier.cell(cells, spec.layout().indexOf(header));
        for (Map.Entry<String, EntryRowSpec.Field> f : spec.fields().entrySet()) {
            String actual = row.get(f.getKey());
            String expected = f.getValue().expected().apply(entry, row);
            if (expected != null && !same(actual, expected, f.getValue().json())) {
                problems.add(new WorkbookProblem(sheet, rowNumber, f.getKey(), "the workbook says \"" + shorten(actual) + "\", the ledger's entry "
                        + seq + " says \"" + shorten(expected) + "\""));
            }
        }
    }

    private static boolean same(String cell, String ledgerValue, boolean json) {
        String expected = SpreadsheetText.cellText(ledgerValue);
        if (SpreadsheetText.wasCut(cell)) {
            return expected.startsWith(SpreadsheetText.keptPart(cell));
        }
        if (cell.equals(expected)) {
            return true;
        }
        if (!json) {
            return false;
        }
        try {
            JsonNode a = CanonicalJson.parse(cell.getBytes(StandardCharsets.UTF_8));
            JsonNode b = CanonicalJson.parse(expected.getBytes(StandardCharsets.UTF_8));
            return a.equals(b);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
