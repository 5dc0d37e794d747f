package io.steward.exports.workbook;

import io.steward.model.ledger.EntryRows;
import java.util.List;

/** Checks that the head the Summary names is the ledger's entry at that seq. */
final class SummaryRows {
    private final EntryRows ledgerRows;
    private final List<WorkbookProblem> problems;

    SummaryRows(EntryRows ledgerRows, List<WorkbookProblem> problems) {
        this.ledgerRows = ledgerRows;
        this.problems = problems;
    }

    void check(List<WorkbookVerifier.Row> rows) {
        WorkbookVerifier.Row seqRow = find(rows, SummarySheet.HEAD_SEQ);
        WorkbookVerifier.Row hashRow = find(rows, SummarySheet.HEAD_HASH);
        if (seqRow == null || hashRow == null) {
            problems.add(new WorkbookProblem(SummarySheet.NAME, 0, null, "the rows '" + SummarySheet.HEAD_SEQ + "' and '"
                    + SummarySheet.HEAD_HASH + "' are missing"));
            return;
        }
        long seq;
        try {
            seq = Long.parseLong(WorkbookVerifier.cell(seqRow.cells(), 1));
        } catch (NumberFormatException e) {
            problems.add(new WorkbookProblem(SummarySheet.NAME, seqRow.number(), "B", "not a ledger seq"));
            return;
        }
        String claimed = WorkbookVerifier.cell(hashRow.cells(), 1);
        String actual = ledgerRows.hashAt(seq).orElse(null);
        if (actual == null) {
            problems.add(new WorkbookProblem(SummarySheet.NAME, seqRow.number(), "B", "the ledger has no entry " + seq
                    + " (the head at export): the newest entries were deleted since (truncated)"));
        } else if (!actual.equals(claimed)) {
            problems.add(new WorkbookProblem(SummarySheet.NAME, hashRow.number(), "B", "the workbook says the head (entry " + seq
                    + ") had hash " + EntryRowComparison.shorten(claimed) + ", the ledger's entry " + seq + " has hash "
                    + EntryRowComparison.shorten(actual)));
        }
    }

    private static WorkbookVerifier.Row find(List<WorkbookVerifier.Row> rows, String label) {
        return rows.stream().filter(r -> WorkbookVerifier.cell(r.cells(), 0).equals(label)).findFirst().orElse(null);
    }
}
