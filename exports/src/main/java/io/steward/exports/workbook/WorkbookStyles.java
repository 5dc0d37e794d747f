package io.steward.exports.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every sheet shares, created once per workbook (a workbook holds at most 64,000). */
final class WorkbookStyles {
    /** How date cells show: ISO order, to the millisecond, always UTC (headers say so). */
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss.000";

    final CellStyle header;
    final CellStyle text;
    final CellStyle inertText;
    final CellStyle integer;
    final CellStyle dateTime;
    final CellStyle title;
    final CellStyle paragraph;

    WorkbookStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        text = wb.createCellStyle();
        inertText = wb.createCellStyle();
        // What a leading apostrophe means in Excel and LibreOffice: shown and edited as text, never evaluated.
        inertText.setQuotePrefixed(true);
        integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        paragraph = wb.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
