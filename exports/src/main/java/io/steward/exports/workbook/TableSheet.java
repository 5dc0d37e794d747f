package io.steward.exports.workbook;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams the rows of one table into a workbook: a bold header row, frozen, with an auto-filter and set
 * column widths, typed cells. When a sheet is full (1,048,576 rows including its header) the table
 * continues on a new sheet with the same header. Only a small window of rows is held in memory.
 */
public final class TableSheet {
    /** Rows one sheet holds, header included. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final TableLayout layout;
    private final int maxRows;
    private final List<Column> columns;
    private final ColumnType[] types;
    private Sheet sheet;
    private int part;
    private int nextRow;
    private long rows;

    TableSheet(SXSSFWorkbook workbook, WorkbookStyles styles, TableLayout layout, int maxRows) {
        if (maxRows < 2 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds 2 to " + MAX_ROWS + " rows, not " + maxRows);
        }
        this.workbook = workbook;
        this.styles = styles;
        this.layout = layout;
        this.maxRows = maxRows;
        this.columns = layout.columns();
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        startSheet();
    }

    /** Writes one row; values follow the columns (null leaves a cell empty). */
    public void row(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException(layout.sheetName() + " has " + types.length + " columns, got " + values.length + " values");
        }
        if (nextRow == maxRows) {
            finishSheet();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Cells.write(row, i, types[i], values[i], styles);
        }
        rows++;
    }

    /** Data rows written so far, over all this table's sheets. */
    public long rows() {
        return rows;
    }

    /** Sheets this table has used so far. */
    public int sheets() {
        return part;
    }

    /** Sets the last sheet's auto-filter to its rows; call once after the last row. */
    public void finish() {
        finishSheet();
    }

    private void startSheet() {
        part++;
        sheet = workbook.createSheet(layout.sheetName(part));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
    }
}
