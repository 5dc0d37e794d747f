package io.steward.exports.workbook;

import io.steward.model.text.SpreadsheetText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one value into one cell by column type. Text is only ever written as a text value (never a
 * formula); text that could start a formula is also quote-prefixed, and text longer than a cell is cut
 * with a visible mark.
 */
final class Cells {
    private Cells() {
    }

    static void write(Row row, int column, ColumnType type, Object value, WorkbookStyles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (type) {
            case INTEGER -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.integer);
            }
            case DATE_TIME -> {
                cell.setCellValue(utc((Instant) value));
                cell.setCellStyle(styles.dateTime);
            }
            case TEXT, IMPORTED_TEXT -> text(cell, value.toString(), styles);
        }
    }

    static void text(Cell cell, String value, WorkbookStyles styles) {
        String fitted = SpreadsheetText.cellText(value);
        cell.setCellValue(fitted);
        if (SpreadsheetText.isFormulaTrigger(fitted)) {
            cell.setCellStyle(styles.inertText);
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
