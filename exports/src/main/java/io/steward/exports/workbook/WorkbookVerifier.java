package io.steward.exports.workbook;

import static io.steward.model.db.Tables.LEDGER_ENTRY;
import static io.steward.model.db.Tables.LEDGER_VIEW;

import io.steward.model.db.tables.records.LedgerViewRecord;
import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final Store store;

    public WorkbookVerifier(Store store) {
        this.store = store;
    }

    public WorkbookCheck verify(Path workbook) throws IOException {
        long headSeq = store.read(ctx -> Optional.ofNullable(ctx.select(org.jooq.impl.DSL.max(LEDGER_ENTRY.SEQ)).from(LEDGER_ENTRY)
                .fetchOne(0, Long.class)).orElse(0L));
        Reading reading = new Reading(headSeq);
        WorkbookRows.read(workbook, reading::row);
        reading.flush();
        List<WorkbookProblem> problems = reading.problems;
        if (reading.entryRows == 0) {
            problems.add(new WorkbookProblem(LedgerSheet.LAYOUT.sheetName(), 0, null, "the workbook has no ledger entry rows to check"
                    + " (is it a Steward attestation workbook?)"));
        }
        int checkpoints = new CheckpointRows(store, headSeq, problems).check(reading.evidenceRows);
        new SummaryRows(store, problems).check(reading.summaryRows);
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
            Map<Long, LedgerViewRecord> entries = new HashMap<>();
            store.read(ctx -> ctx.selectFrom(LEDGER_VIEW).where(LEDGER_VIEW.SEQ.in(seqs)).fetch())
                    .forEach(r -> entries.put(r.getSeq(), r));
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
