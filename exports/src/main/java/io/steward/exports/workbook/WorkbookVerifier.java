package io.steward.exports.workbook;

import io.steward.model.ledger.EntryRow;
import io.steward.model.ledger.EntryRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an attestation workbook against the ledger: every row that restates a ledger entry (the Ledger
 * sheet, decision rows) must name an entry that is in the ledger with the same hash and the same content;
 * every checkpoint on the Evidence sheet must carry a valid signature and match this ledger (not truncated,
 * not rebuilt since); the Summary's head must be this ledger's. Each difference names sheet, row and column.
 * The chain itself is checked by the ledger verifier; run both.
 */
public final class WorkbookVerifier {
    /** Sheets whose rows restate ledger entries. */
    static final List<EntryRowSpec> ENTRY_SHEETS = List.of(LedgerSheet.ENTRIES, AttestationsSheet.ENTRIES,
            OwnershipSheet.ENTRIES, StepUpSheet.ENTRIES);
    private static final int BATCH = 1_000;

    private final EntryRows ledgerRows;

    public WorkbookVerifier(EntryRows ledgerRows) {
        this.ledgerRows = ledgerRows;
    }

    public WorkbookCheck verify(Path workbook) throws IOException {
        long headSeq = ledgerRows.headSeq();
        Reading reading = new Reading(headSeq);
        WorkbookRows.read(workbook, reading::row);
        reading.flush();
        List<WorkbookProblem> problems = reading.problems;
        if (reading.entryRows == 0) {
            problems.add(new WorkbookProblem(LedgerSheet.LAYOUT.sheetName(), 0, null, "the workbook has no ledger entry rows to check"
                    + " (is it a Steward attestation workbook?)"));
        }
        int checkpoints = new CheckpointRows(ledgerRows, headSeq, problems).check(reading.evidenceRows);
        new SummaryRows(ledgerRows, problems).check(reading.summaryRows);
        return new WorkbookCheck(workbook, reading.entryRows, checkpoints, problems);
    }

    /** Sorts rows by sheet as they stream past and compares entry rows with the ledger a batch at a time. */
    private final class Reading {
        final List<WorkbookProblem> problems = new ArrayList<>();
        final List<Row> evidenceRows = new ArrayList<>();
        final List<Row> summaryRows = new ArrayList<>();
        final long headSeq;
        long entryRows;
        private final List<PendingRow> pending = new ArrayList<>();

        Reading(long headSeq) {
            this.headSeq = headSeq;
        }

        void row(String sheet, int number, List<String> cells) {
            if (sheet.equals(EvidenceSheet.NAME)) {
                evidenceRows.add(new Row(number, cells));
                return;
            }
            if (sheet.equals(SummarySheet.NAME)) {
                summaryRows.add(new Row(number, cells));
                return;
            }
            if (number == 1) {
                return; // header
            }
            for (EntryRowSpec spec : ENTRY_SHEETS) {
                if (spec.layout().owns(sheet)) {
                    entryRow(spec, sheet, number, cells);
                    return;
                }
            }
        }

        private void entryRow(EntryRowSpec spec, String sheet, int number, List<String> cells) {
            String seqText = cell(cells, spec.layout().indexOf(spec.seqColumn()));
            if (seqText.isBlank()) {
                return; // an undecided item names no entry
            }
            long seq;
            try {
                seq = Long.parseLong(seqText);
            } catch (NumberFormatException e) {
                problems.add(new WorkbookProblem(sheet, number, spec.seqColumn(), "\"" + seqText + "\" is not a ledger seq"));
                return;
            }
            entryRows++;
            pending.add(new PendingRow(spec, sheet, number, cells, seq));
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Long> seqs = pending.stream().map(PendingRow::seq).distinct().toList();
            Map<Long, EntryRow> entries = ledgerRows.rowsAt(seqs);
            for (PendingRow p : pending) {
                EntryRowComparison.compare(p.spec, p.sheet, p.number, p.cells, p.seq, entries.get(p.seq), headSeq, problems);
            }
            pending.clear();
        }
    }

    static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    record Row(int number, List<String> cells) {
    }

    private record PendingRow(EntryRowSpec spec, String sheet, int number, List<String> cells, long seq) {
    }
}
