package io.steward.exports.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One workbook being written into {@code out}: table sheets ({@link TableSheet}) stream their rows straight into
 * the zip as they come, one table at a time; POI's workbook model holds the styles, the small free-form sheets
 * (Summary, Evidence), their bar charts and an empty stand-in for each table sheet, and {@link #finish()} adds
 * its parts to the zip, leaving out the stand-ins. Memory stays small whatever the number of rows, and no
 * temporary sheet file is written and copied. Close it to release the model.
 */
public final class WorkbookWriter implements AutoCloseable {
    /** Deflate level of the zip: the fastest, as sheet XML compresses well anyway (about 8:1 at level 1). */
    private static final int ZIP_LEVEL = Deflater.BEST_SPEED;

    private final XSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final int maxRowsPerSheet;
    private final ZipOutputStream zip;
    private final ExecutorService deflater = BackgroundEntry.deflaterThread();
    private final Set<String> streamedParts = new HashSet<>();
    private String openPart;
    private BackgroundEntry openEntry;

    /** {@code maxRowsPerSheet} lower than a sheet's limit lets tests see continuation sheets quickly. */
    public WorkbookWriter(OutputStream out, int maxRowsPerSheet) {
        this.workbook = new XSSFWorkbook();
        this.styles = new WorkbookStyles(workbook);
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.zip = new ZipOutputStream(out);
        this.zip.setLevel(ZIP_LEVEL);
    }

    public WorkbookWriter(OutputStream out) {
        this(out, TableSheet.MAX_ROWS);
    }

    public TableSheet table(TableLayout layout) {
        return new TableSheet(this, layout, maxRowsPerSheet);
    }

    /** A small sheet of labelled values and paragraphs, written top to bottom. */
    public FormSheet form(String name, int labelWidth, int valueWidth) {
        Sheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, labelWidth * 256);
        sheet.setColumnWidth(1, valueWidth * 256);
        return new FormSheet(sheet, styles);
    }

    WorkbookStyles styles() {
        return styles;
    }

    /** The empty model sheet a streamed table sheet stands in for. */
    XSSFSheet placeholder(String name) {
        return workbook.createSheet(name);
    }

    /** Starts the zip entry of a streamed sheet; its XML goes into the returned stream until {@link #closeSheetPart()}. */
    OutputStream openSheetPart(XSSFSheet sheet) throws IOException {
        if (openPart != null) {
            throw new IllegalStateException("finish the table in " + openPart + " before starting " + sheet.getSheetName());
        }
        String name = sheet.getPackagePart().getPartName().getName().substring(1);
        zip.putNextEntry(new ZipEntry(name));
        streamedParts.add(name);
        openPart = name;
        openEntry = new BackgroundEntry(zip, deflater);
        return openEntry;
    }

    void closeSheetPart() throws IOException {
        openEntry.drain();
        zip.closeEntry();
        openPart = null;
        openEntry = null;
    }

    /** The sheet charts are drawn on. */
    XSSFSheet chartSheet(Sheet sheet) {
        return (XSSFSheet) sheet;
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

    /**
     * Completes the zip: every part of the model (workbook, styles, relationships, small sheets, charts) except the
     * stand-ins of the streamed sheets. Does not close {@code out}.
     */
    public void finish() throws IOException {
        if (openPart != null) {
            throw new IllegalStateException("the table in " + openPart + " was not finished");
        }
        ByteArrayOutputStream model = new ByteArrayOutputStream(1 << 16);
        workbook.write(model);
        try (ZipInputStream parts = new ZipInputStream(new java.io.ByteArrayInputStream(model.toByteArray()))) {
            for (ZipEntry e; (e = parts.getNextEntry()) != null; ) {
                if (!streamedParts.contains(e.getName())) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    parts.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        zip.finish();
        zip.flush();
    }

    /**
     * Also stops the compressing thread, after the few blocks it may still hold (a failure or a cancel); not
     * interrupted, since an interrupt closes the file channel under it.
     */
    @Override
    public void close() throws IOException {
        deflater.shutdown();
        try {
            deflater.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workbook.close();
        }
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
