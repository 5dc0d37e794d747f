package io.steward.exports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One streaming workbook being written: table sheets ({@link TableSheet}), small free-form sheets
 * (Summary, Evidence) and bar charts. Close it to delete POI's temporary files.
 */
public final class WorkbookWriter implements AutoCloseable {
    /** Rows kept in memory per sheet before they are flushed to POI's temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final int maxRowsPerSheet;

    public WorkbookWriter() {
        this(TableSheet.MAX_ROWS);
    }

    /** {@code maxRowsPerSheet} lower than a sheet's limit lets tests see continuation sheets quickly. */
    public WorkbookWriter(int maxRowsPerSheet) {
        this.workbook = new SXSSFWorkbook(WINDOW);
        this.workbook.setCompressTempFiles(false);
        this.styles = new WorkbookStyles(workbook);
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    public TableSheet table(TableLayout layout) {
        return new TableSheet(workbook, styles, layout, maxRowsPerSheet);
    }

    /** A small sheet of labelled values and paragraphs, written top to bottom. */
    public FormSheet form(String name, int labelWidth, int valueWidth) {
        Sheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, labelWidth * 256);
        sheet.setColumnWidth(1, valueWidth * 256);
        return new FormSheet(sheet, styles);
    }

    /** The full (non-streaming) sheet behind a streaming one, which charts are drawn on. */
    XSSFSheet chartSheet(Sheet sheet) {
        return workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /** Makes the named sheet the first one and the one a spreadsheet opens on. */
    public void moveToFront(String name) {
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** A sheet of "label | value" rows, section titles and wrapped paragraphs. */
    public static final class FormSheet {
        private final Sheet sheet;
        private final WorkbookStyles styles;
        private int next;

        FormSheet(Sheet sheet, WorkbookStyles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        public Sheet sheet() {
            return sheet;
        }

        public int nextRow() {
            return next;
        }

        public void title(String text) {
            Row row = sheet.createRow(next++);
            var cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(styles.title);
        }

        public void blank() {
            next++;
        }

        public void value(String label, ColumnType type, Object value) {
            Row row = sheet.createRow(next++);
            var cell = row.createCell(0);
            cell.setCellValue(label);
            cell.setCellStyle(styles.header);
            Cells.write(row, 1, type, value, styles);
        }

        public void paragraph(String text) {
            Row row = sheet.createRow(next++);
            row.setHeightInPoints(Math.max(15, 15 * (text.length() / 90 + 1)));
            var cell = row.createCell(1);
            cell.setCellValue(text);
            cell.setCellStyle(styles.paragraph);
        }

        /** A header row of a small table inside the form (columns from 0). */
        public void headers(String... headers) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headers.length; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(styles.header);
            }
        }

        /** A row of a small table inside the form. */
        public void cells(ColumnType[] types, Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Cells.write(row, i, types[i], values[i], styles);
            }
        }

        public void width(int column, int chars) {
            sheet.setColumnWidth(column, chars * 256);
        }

        public void freezeRows(int rows) {
            sheet.createFreezePane(0, rows);
        }

        public void autoFilter(int firstRow, int lastRow, int lastColumn) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(firstRow, lastRow, 0, lastColumn));
        }
    }
}
