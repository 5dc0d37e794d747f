package io.steward.exports.workbook;

import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.EntryRows;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks the checkpoints on the Evidence sheet: each row's signature over its own cells, that it names
 * this ledger, that the ledger still reaches the signed seq (else truncated) and that the entry there
 * still has the signed hash (else rebuilt).
 */
final class CheckpointRows {
    private final EntryRows ledgerRows;
    private final long headSeq;
    private final List<WorkbookProblem> problems;

    CheckpointRows(EntryRows ledgerRows, long headSeq, List<WorkbookProblem> problems) {
        this.ledgerRows = ledgerRows;
        this.headSeq = headSeq;
        this.problems = problems;
    }

    /** Returns how many checkpoint rows were checked. */
    int check(List<WorkbookVerifier.Row> evidence) {
        int header = -1;
        for (int i = 0; i < evidence.size(); i++) {
            if (WorkbookVerifier.cell(evidence.get(i).cells(), 0).equals(EvidenceSheet.CHECKPOINT_HEADERS[0])) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            problems.add(new WorkbookProblem(EvidenceSheet.NAME, 0, null, "there is no checkpoint table (header '"
                    + EvidenceSheet.CHECKPOINT_HEADERS[0] + "'), so the workbook cannot be tied to the ledger"));
            return 0;
        }
        int checked = 0;
        for (int i = header + 1; i < evidence.size(); i++) {
            WorkbookVerifier.Row row = evidence.get(i);
            if (row.cells().stream().allMatch(String::isBlank)) {
                break;
            }
            checked++;
            checkRow(row);
        }
        if (checked == 0) {
            problems.add(new WorkbookProblem(EvidenceSheet.NAME, evidence.get(header).number(), null, "the checkpoint table is empty"));
        }
        return checked;
    }

    private void checkRow(WorkbookVerifier.Row row) {
        List<String> c = row.cells();
        Checkpoint cp;
        try {
            cp = new Checkpoint(WorkbookVerifier.cell(c, 4), Long.parseLong(WorkbookVerifier.cell(c, 0)), WorkbookVerifier.cell(c, 1),
                    Instant.parse(WorkbookVerifier.cell(c, 2)), WorkbookVerifier.cell(c, 3), WorkbookVerifier.cell(c, 5),
                    WorkbookVerifier.cell(c, 6), WorkbookVerifier.cell(c, 7));
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(problem(row, "it cannot be read as a checkpoint (" + e.getMessage() + ")"));
            return;
        }
        String signature = cp.signatureProblem();
        if (signature != null) {
            problems.add(problem(row, "checkpoint of seq " + cp.seq() + ": " + signature + " (a cell of this row was changed)"));
            return;
        }
        if (!cp.ledgerId().equals(ledgerRows.ledgerId())) {
            problems.add(problem(row, "checkpoint of seq " + cp.seq() + " belongs to another ledger (id " + cp.ledgerId()
                    + ", this one is " + ledgerRows.ledgerId() + ")"));
            return;
        }
        if (cp.seq() > headSeq) {
            problems.add(problem(row, "checkpoint signed when the ledger had " + cp.seq() + " entries, but the ledger now ends at entry "
                    + headSeq + ": the newest entries were deleted since (truncated)"));
            return;
        }
        String actual = ledgerRows.hashAt(cp.seq()).orElse("(missing)");
        if (!actual.equals(cp.headHash())) {
            problems.add(problem(row, "checkpoint signed entry " + cp.seq() + " with hash " + EntryRowComparison.shorten(cp.headHash())
                    + ", the ledger's entry " + cp.seq() + " now has hash " + EntryRowComparison.shorten(actual)
                    + ": the chain was rebuilt or edited since the export"));
        }
    }

    private static WorkbookProblem problem(WorkbookVerifier.Row row, String message) {
        return new WorkbookProblem(EvidenceSheet.NAME, row.number(), null, message);
    }
}
