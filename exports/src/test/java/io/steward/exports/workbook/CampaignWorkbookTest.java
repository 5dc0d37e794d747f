package io.steward.exports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.ItemFilter;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.ledger.Tamper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign's workbook read back sheet by sheet against the campaign and the ledger, then checked after tampering. */
class CampaignWorkbookTest {
    @TempDir
    Path dir;
    WorkbookFixture fixture;
    Path workbook;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new WorkbookFixture(dir).fill(5).campaign();
        workbook = dir.resolve("q4.xlsx");
        fixture.export(TableSheet.MAX_ROWS).write(fixture.campaignRequest(), workbook, WorkbookExport.Progress.NONE, () -> false);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void anExportCancelledAfterItsItemSheetsStreamedKeepsTheOldWorkbookAndSignsNothing() throws IOException {
        long entries = fixture.ledger.size();
        byte[] old = Files.readAllBytes(workbook);
        java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
        // polls 1 and 2 start Attestations and Remediation (streamed into the temporary file), poll 3 the Findings
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.export(TableSheet.MAX_ROWS).write(fixture.campaignRequest(), workbook,
                WorkbookExport.Progress.NONE, () -> polls.incrementAndGet() > 2)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(polls.get()).isEqualTo(3);
        assertThat(Files.readAllBytes(workbook)).isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
        }
        assertThat(fixture.ledger.size()).as("no checkpoint before the item sheets are written").isEqualTo(entries);
    }

    @Test
    void attestationsRemediationFindingsAndFrameworksReadBackAsTheCampaignSays() throws IOException {
        List<CampaignItem> items = fixture.campaigns.items().page(WorkbookFixture.CAMPAIGN, ItemFilter.ALL, 0, 1000);
        assertThat(items).hasSize(WorkbookFixture.INJECTIONS.size());
        try (XSSFWorkbook wb = WorkbookExportTest.open(workbook)) {
            assertThat(WorkbookExportTest.sheetNames(wb)).containsExactly("Summary", "Attestations", "Remediation", "Findings", "Frameworks",
                    "Ledger", "Ownership changes", "Step-up decisions", "Evidence");
            Sheet att = wb.getSheet("Attestations");
            assertThat(att.getLastRowNum()).isEqualTo(items.size());
            for (CampaignItem i : items) {
                Row r = att.getRow((int) i.itemNo());
                assertThat((long) r.getCell(0).getNumericCellValue()).isEqualTo(i.itemNo());
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo(i.identity());
                assertThat(r.getCell(2).getStringCellValue()).isEqualTo(io.steward.model.text.SpreadsheetText.cellText(i.name()));
                assertThat(r.getCell(6).getStringCellValue()).isEqualTo("alice");
                if (i.decided()) {
                    LedgerEntry e = fixture.ledger.entry(i.decisionSeq()).orElseThrow();
                    assertThat(r.getCell(7).getStringCellValue()).isEqualTo(i.decision());
                    assertThat(r.getCell(8).getStringCellValue()).isEqualTo(i.comment());
                    assertThat(r.getCell(10).getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC)).isEqualTo(e.time());
                    assertThat((long) r.getCell(15).getNumericCellValue()).isEqualTo(e.seq());
                    assertThat(r.getCell(16).getStringCellValue()).isEqualTo(e.hash());
                } else {
                    assertThat(r.getCell(7)).isNull();
                    assertThat(r.getCell(16)).isNull();
                }
            }
            assertThat(att.getRow(1).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();

            Sheet remediation = wb.getSheet("Remediation");
            assertThat(remediation.getLastRowNum()).isEqualTo(1);
            assertThat(remediation.getRow(1).getCell(5).getStringCellValue()).isEqualTo("revoke");
            assertThat(remediation.getRow(1).getCell(7).getStringCellValue()).isEqualTo("@owner left");

            Sheet findings = wb.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(3);
            assertThat(findings.getRow(1).getCell(3).getStringCellValue()).isEqualTo("overprivileged");
            assertThat(findings.getRow(1).getCell(4).getStringCellValue()).isEqualTo("high");
            assertThat(findings.getRow(1).getCell(7).getStringCellValue()).isEqualTo("revoke");

            Sheet frameworks = wb.getSheet("Frameworks");
            boolean sawOverprivileged = false;
            for (int r = 1; r <= frameworks.getLastRowNum(); r++) {
                Row row = frameworks.getRow(r);
                if (row.getCell(0).getStringCellValue().equals("overprivileged")) {
                    sawOverprivileged = true;
                    assertThat(row.getCell(3).getStringCellValue()).contains("OWASP NHI5");
                    assertThat((long) row.getCell(8).getNumericCellValue()).isEqualTo(1);
                }
            }
            assertThat(sawOverprivileged).isTrue();

            Sheet summary = wb.getSheet("Summary");
            assertThat(WorkbookExportTest.value(summary, "Campaign")).isEqualTo(WorkbookFixture.CAMPAIGN);
            assertThat(WorkbookExportTest.value(summary, "Decided")).isEqualTo("4");
            assertThat(WorkbookExportTest.value(summary, "Reviewer")).startsWith("alice: 4 of 13 decided");
            assertThat(WorkbookExportTest.column(summary, "Decision", 1)).containsExactly("3", "1", "9");
            assertThat(WorkbookExportTest.column(summary, "Severity", 0)).containsExactly("high", "medium");
            assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).extracting(c -> c.getTitleText().getString())
                    .containsExactly("Decisions", "Findings by severity", "Ledger entries by kind");
        }
        assertThat(fixture.verifier().verify(workbook).problems()).isEmpty();
    }

    @Test
    void aDecisionChangedInACellIsReportedWithSheetRowAndColumn() throws IOException {
        try (XSSFWorkbook wb = WorkbookExportTest.open(workbook)) {
            Row row = wb.getSheet("Attestations").getRow(4);
            row.removeCell(row.getCell(7));
            row.createCell(7).setCellValue("certify");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
        List<WorkbookProblem> problems = fixture.verifier().verify(workbook).problems();
        assertThat(problems).singleElement().hasToString("sheet 'Attestations', row 5, column 'Decision': the workbook says \"certify\","
                + " the ledger's entry " + decisionSeqOfItem(4) + " says \"revoke\"");
    }

    @Test
    void aDecisionChangedInTheLedgerIsReported() throws IOException {
        long seq = decisionSeqOfItem(4);
        new Tamper(fixture.ledgerFile).editBody(seq, "\"decision\":\"revoke\"", "\"decision\":\"certify\"");
        List<WorkbookProblem> problems = fixture.verifier().verify(workbook).problems();
        assertThat(problems).anySatisfy(p -> assertThat(p).hasToString("sheet 'Attestations', row 5, column 'Decision': the workbook says"
                + " \"revoke\", the ledger's entry " + seq + " says \"certify\""));
    }

    private long decisionSeqOfItem(long itemNo) {
        return fixture.campaigns.items().item(WorkbookFixture.CAMPAIGN, itemNo).decisionSeq();
    }
}
