package io.steward.exports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.Tamper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook checked against its ledger: clean, one cell changed, and the ledger tampered three ways. */
class WorkbookVerifierTest {
    @TempDir
    Path dir;
    WorkbookFixture fixture;
    Path workbook;
    WorkbookExport.Result exported;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new WorkbookFixture(dir).fill(30);
        workbook = dir.resolve("review.xlsx");
        exported = fixture.export(TableSheet.MAX_ROWS).write(WorkbookFixture.wholeYear(), workbook, WorkbookExport.Progress.NONE, () -> false);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theExportedWorkbookMatchesItsLedger() throws IOException {
        WorkbookCheck check = verify();
        assertThat(check.problems()).isEmpty();
        long ownerRows = fixture.ledger.page(0, 1000, false, "owner.assigned").size();
        assertThat(ownerRows).isPositive();
        assertThat(check.entryRowsChecked()).isEqualTo(exported.ledgerRows() + ownerRows); // Ledger and Ownership changes rows
        assertThat(check.checkpointsChecked()).isEqualTo(4); // three during the fill, the export's own
    }

    @Test
    void aDecisionChangedInACellIsNamedBySheetRowAndColumn() throws IOException {
        editCell("Ledger", 8, 3, "finding.revoked");
        List<WorkbookProblem> problems = verify().problems();
        assertThat(problems).hasSize(1);
        WorkbookProblem p = problems.get(0);
        assertThat(p.sheet()).isEqualTo("Ledger");
        assertThat(p.row()).isEqualTo(8);
        assertThat(p.column()).isEqualTo("Kind");
        assertThat(p.message()).contains("finding.revoked").contains("entry 7 says");
        assertThat(p.toString()).startsWith("sheet 'Ledger', row 8, column 'Kind': the workbook says \"finding.revoked\"");
    }

    @Test
    void anEditedCheckpointRowFailsItsSignature() throws IOException {
        int row = evidenceRowOfFirstCheckpoint();
        editCell("Evidence", row, 3, "mallory");
        List<WorkbookProblem> problems = verify().problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Evidence");
            assertThat(p.row()).isEqualTo(row);
            assertThat(p.message()).contains("signature does not match");
        });
    }

    @Test
    void aLedgerEntryEditedAfterTheExportIsNamed() throws IOException {
        new Tamper(fixture.ledgerFile).editBody(5, "\"n\":3", "\"n\":33");
        List<WorkbookProblem> problems = verify().problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Ledger");
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("Payload (canonical JSON)");
            assertThat(p.message()).contains("\"n\":33");
        });
    }

    @Test
    void aTruncatedLedgerIsNamed() throws IOException {
        new Tamper(fixture.ledgerFile).deleteFrom(20);
        List<WorkbookProblem> problems = verify().problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Ledger");
            assertThat(p.row()).isEqualTo(21);
            assertThat(p.message()).contains("entry 20 is not in the ledger").contains("truncated");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Evidence");
            assertThat(p.message()).contains("truncated");
        });
    }

    @Test
    void aRebuiltLedgerIsNamed() throws IOException {
        // Entry 4 carries n=2 (entry 1 is the snapshot); it and every entry after it get fresh hashes.
        new Tamper(fixture.ledgerFile).rebuildChain(4, "\"n\":2", "\"n\":22");
        List<WorkbookProblem> problems = verify().problems();
        List<WorkbookProblem> ledgerRows = problems.stream().filter(p -> p.sheet().equals("Ledger")).toList();
        assertThat(ledgerRows.get(0)).satisfies(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("Entry hash (SHA-256)");
            assertThat(p.message()).contains("rebuilt");
        });
        assertThat(ledgerRows).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("Payload (canonical JSON)");
            assertThat(p.message()).contains("\"n\":22");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Evidence");
            assertThat(p.message()).containsAnyOf("rebuilt", "truncated");
        });
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() throws IOException {
        Path notXlsx = dir.resolve("notes.xlsx");
        Files.writeString(notXlsx, "hello");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.verifier().verify(notXlsx))
                .isInstanceOf(IOException.class).hasMessageContaining("notes.xlsx");
    }

    private WorkbookCheck verify() throws IOException {
        return fixture.verifier().verify(workbook);
    }

    private int evidenceRowOfFirstCheckpoint() throws IOException {
        try (XSSFWorkbook wb = WorkbookExportTest.open(workbook)) {
            for (Row row : wb.getSheet("Evidence")) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(EvidenceSheet.CHECKPOINT_HEADERS[0])) {
                    return row.getRowNum() + 2;
                }
            }
        }
        throw new AssertionError("no checkpoint table");
    }

    /** Changes one cell as someone with Excel would ({@code row} as shown, 1 = first; {@code col} from 0). */
    private void editCell(String sheet, int row, int col, String value) throws IOException {
        try (XSSFWorkbook wb = WorkbookExportTest.open(workbook)) {
            wb.getSheet(sheet).getRow(row - 1).getCell(col).setCellValue(value);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
    }
}
