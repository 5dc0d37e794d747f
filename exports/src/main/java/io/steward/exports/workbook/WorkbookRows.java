package io.steward.exports.workbook;

import io.steward.model.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads every sheet of a workbook row by row with POI's streaming reader (a million-row sheet is never held
 * in memory). Date cells come back as ledger time text ({@code 2026-11-28T10:00:00.000Z}), numbers as plain
 * decimals, text as written.
 */
public final class WorkbookRows {
    /** One row: its sheet, its row number as a spreadsheet shows it (1 = first), and its cells by column. */
    @FunctionalInterface
    public interface Handler {
        void row(String sheet, int rowNumber, List<String> cells);
    }

    private WorkbookRows() {
    }

    public static void read(Path file, Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(name, handler),
                            new LedgerTimeFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IllegalStateException | IllegalArgumentException e) {
            throw new IOException(file + " is not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final Handler handler;
        private final List<String> cells = new ArrayList<>();
        private final java.util.BitSet seen = new java.util.BitSet();
        private int row;

        Rows(String sheet, Handler handler) {
            this.sheet = sheet;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            seen.clear();
            row = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(sheet, row, List.copyOf(cells));
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            if (col < cells.size() && seen.get(col)) {
                // A cell edited by some writers keeps its old inline text after its new value (<v> before <is>):
                // the value, reported first, is what the cell shows.
                return;
            }
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, value == null ? "" : value);
            seen.set(col);
        }
    }

    /** Dates as ledger time text, numbers as plain decimals. */
    private static final class LedgerTimeFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return Ledger.TIME.format(DateUtil.getLocalDateTime(value, use1904Windowing, false).toInstant(ZoneOffset.UTC));
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
