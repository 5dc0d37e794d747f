package io.steward.exports.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Streams the rows of one table into the workbook file: a bold header row, frozen, with an auto-filter and set
 * column widths, typed cells. When a sheet is full (1,048,576 rows including its header) the table continues
 * on a new sheet with the same header. Rows go straight into the sheet's zip entry ({@link SheetXml}, compressed
 * on a second thread by {@link BackgroundEntry}); the
 * workbook model holds only an empty sheet of the same name, which gives the sheet its place, its part name
 * and its filter's defined name. One table is written at a time.
 */
public final class TableSheet {
    /** Rows one sheet holds, header included. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final WorkbookWriter writer;
    private final TableLayout layout;
    private final int maxRows;
    private final List<Column> columns;
    private XSSFSheet sheet;
    private SheetXml xml;
    private int part;
    private long rows;
    private boolean finished;

    TableSheet(WorkbookWriter writer, TableLayout layout, int maxRows) {
        if (maxRows < 2 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds 2 to " + MAX_ROWS + " rows, not " + maxRows);
        }
        this.writer = writer;
        this.layout = layout;
        this.maxRows = maxRows;
        this.columns = layout.columns();
        startSheet();
    }

    /** Writes one row; values follow the columns (null leaves a cell empty). */
    public void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(layout.sheetName() + " has " + columns.size() + " columns, got " + values.length + " values");
        }
        if (finished) {
            throw new IllegalStateException(layout.sheetName() + " is finished");
        }
        try {
            if (xml.rows() == maxRows) {
                finishSheet();
                startSheet();
            }
            xml.row(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Ends the last sheet (its auto-filter covers its rows); call once after the last row. */
    public void finish() {
        if (finished) {
            return;
        }
        try {
            finishSheet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = true;
    }

    private void startSheet() {
        part++;
        sheet = writer.placeholder(layout.sheetName(part));
        try {
            xml = new SheetXml(writer.openSheetPart(sheet), columns, writer.styles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishSheet() throws IOException {
        // The model's filter gives the workbook its hidden _FilterDatabase name; the streamed XML carries the filter itself.
        sheet.setAutoFilter(new CellRangeAddress(0, xml.rows() - 1, 0, columns.size() - 1));
        xml.finish();
        writer.closeSheetPart();
    }
}
