package io.steward.exports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the workbook from a real ledger and reads every sheet back with POI, checking it against the ledger. */
class WorkbookExportTest {
    static final int ENTRIES = 45;

    @TempDir
    Path dir;
    WorkbookFixture fixture;
    Path out;

    @BeforeEach
    void setUp() {
        fixture = new WorkbookFixture(dir).fill(ENTRIES);
        out = dir.resolve("review.xlsx");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void everySheetReadsBackAsTheLedgerSays() throws IOException {
        WorkbookExport.Result result = fixture.export(TableSheet.MAX_ROWS).write(WorkbookFixture.wholeYear(), out,
                WorkbookExport.Progress.NONE, () -> false);

        List<LedgerEntry> entries = fixture.ledger.page(0, 10_000, false, null);
        assertThat(result.ledgerRows()).isEqualTo(entries.size());
        assertThat(result.verification().ok()).isTrue();
        try (XSSFWorkbook wb = open(out)) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Ledger", "Ownership changes", "Step-up decisions", "Evidence");

            Sheet ledger = wb.getSheet("Ledger");
            assertThat(ledger.getLastRowNum()).isEqualTo(entries.size());
            for (LedgerEntry e : entries) {
                Row row = ledger.getRow((int) e.seq());
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(e.seq());
                assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
                assertThat(row.getCell(1).getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC)).isEqualTo(e.time());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(e.actor());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(e.kind());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(io.steward.model.text.SpreadsheetText.cellText(e.subject()));
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(e.hash());
            }

            Checkpoint exportCheckpoint = result.checkpoint();
            Sheet summary = wb.getSheet("Summary");
            assertThat(value(summary, SummarySheet.HEAD_HASH)).isEqualTo(exportCheckpoint.headHash());
            assertThat(value(summary, SummarySheet.HEAD_SEQ)).isEqualTo(String.valueOf(exportCheckpoint.seq()));
            assertThat(value(summary, "Verification at export")).startsWith("verified");
            assertThat(value(summary, "Tool version")).isEqualTo("Steward 1.2.3-test");
            assertThat(value(summary, "Ledger entries in period")).isEqualTo(String.valueOf(entries.size()));
            XSSFDrawing drawing = ((XSSFSheet) summary).getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(1);
            assertThat(drawing.getCharts().get(0).getTitleText().getString()).isEqualTo("Ledger entries by kind");

            Sheet evidence = wb.getSheet("Evidence");
            List<String> fingerprints = column(evidence, EvidenceSheet.CHECKPOINT_HEADERS[0], 5);
            long checkpointEntries = entries.stream().filter(e -> e.kind().equals(Checkpoint.ENTRY_KIND)).count();
            assertThat(fingerprints).hasSize((int) checkpointEntries).contains(exportCheckpoint.keyFingerprint());
            List<String> snapshotFiles = column(evidence, EvidenceSheet.SNAPSHOT_HEADERS[0], 1);
            assertThat(snapshotFiles).containsExactly("export-1.json");
            assertThat(text(evidence)).anyMatch(t -> t.contains("docs/LEDGER.md"));
        }
    }

    @Test
    void headersAreFrozenFilteredAndSized() throws IOException {
        fixture.export(TableSheet.MAX_ROWS).write(WorkbookFixture.wholeYear(), out, WorkbookExport.Progress.NONE, () -> false);
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet ledger = wb.getSheet("Ledger");
            assertThat(ledger.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ledger.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(ledger.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G" + (ledger.getLastRowNum() + 1));
            assertThat(ledger.getColumnWidth(6)).isEqualTo(66 * 256);
            assertThat(ledger.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Time (UTC)");
            assertThat(ledger.getRow(0).getCell(0).getCellStyle().getFont() == null
                    || wb.getFontAt(ledger.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void theInjectionCorpusGivesNoFormulaCell() throws IOException {
        fixture.export(TableSheet.MAX_ROWS).write(WorkbookFixture.wholeYear(), out, WorkbookExport.Progress.NONE, () -> false);
        int triggers = 0;
        try (XSSFWorkbook wb = open(out)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && io.steward.model.text.SpreadsheetText.isFormulaTrigger(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isTrue();
                            triggers++;
                        }
                    }
                }
            }
        }
        assertThat(triggers).as("the corpus reached the workbook").isGreaterThan(WorkbookFixture.INJECTIONS.size());
    }

    @Test
    void rowsBeyondASheetContinueOnNumberedSheets() throws IOException {
        WorkbookExport.Result result = fixture.export(20).write(WorkbookFixture.wholeYear(), out, WorkbookExport.Progress.NONE, () -> false);
        try (XSSFWorkbook wb = open(out)) {
            List<String> ledgerSheets = sheetNames(wb).stream().filter(LedgerSheet.LAYOUT::owns).toList();
            assertThat(ledgerSheets).containsExactly("Ledger", "Ledger (2)", "Ledger (3)");
            long rows = 0;
            long expectedSeq = 1;
            for (String name : ledgerSheets) {
                Sheet s = wb.getSheet(name);
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Seq");
                assertThat(s.getLastRowNum()).isLessThanOrEqualTo(19);
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    assertThat((long) s.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(expectedSeq++);
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(result.ledgerRows());
        }
        assertThat(fixture.verifier().verify(out).problems()).isEmpty();
    }

    @Test
    void aPeriodSelectsItsEntriesOnly() throws IOException {
        Instant from = WorkbookFixture.T0.plusSeconds(10);
        Instant to = WorkbookFixture.T0.plusSeconds(19);
        fixture.export(TableSheet.MAX_ROWS).write(new WorkbookExport.Request("Q4", "all", new Period(from, to), "alice"), out,
                WorkbookExport.Progress.NONE, () -> false);
        long inPeriod = fixture.ledger.page(0, 10_000, false, null).stream()
                .filter(e -> !e.time().isBefore(from) && !e.time().isAfter(to)).count();
        try (XSSFWorkbook wb = open(out)) {
            Sheet ledger = wb.getSheet("Ledger");
            assertThat(inPeriod).isGreaterThan(5);
            assertThat(ledger.getLastRowNum()).isEqualTo(inPeriod);
            for (int r = 1; r <= inPeriod; r++) {
                Instant t = ledger.getRow(r).getCell(1).getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC);
                assertThat(t).isBetween(from, to);
            }
        }
    }

    @Test
    void theFileIsOwnerOnlyAndProgressReachesTheEnd() throws IOException {
        AtomicLong last = new AtomicLong();
        WorkbookExport.Result result = fixture.export(TableSheet.MAX_ROWS).write(WorkbookFixture.wholeYear(), out,
                (done, total) -> last.set(done), () -> false);
        assertThat(last.get()).isEqualTo(result.ledgerRows());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnOldOne() throws IOException {
        AtomicLong polls = new AtomicLong();
        assertThatThrownBy(() -> fixture.export(TableSheet.MAX_ROWS).write(WorkbookFixture.wholeYear(), out, WorkbookExport.Progress.NONE,
                () -> polls.incrementAndGet() > 2)).isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();

        Files.writeString(out, "the previous workbook");
        assertThatThrownBy(() -> AtomicFile.write(out, o -> {
            o.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(out)).isEqualTo("the previous workbook");
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Column B of the Summary row labelled {@code label}, as text. */
    static String value(Sheet summary, String label) {
        for (Row row : summary) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                Cell c = row.getCell(1);
                return c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** The values of column {@code col} of the small table under the header row whose first cell is {@code header}. */
    static List<String> column(Sheet sheet, String header, int col) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null) {
                if (in) {
                    break;
                }
                continue;
            }
            if (in) {
                out.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(col)));
            } else if (row.getCell(0).getCellType() == CellType.STRING && row.getCell(0).getStringCellValue().equals(header)) {
                in = true;
            }
        }
        return out;
    }

    static List<String> text(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    static String time(Instant t) {
        return Ledger.TIME.format(t);
    }
}
