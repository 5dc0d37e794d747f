package io.steward.importers.xlsx;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.table.TableRows;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx workbook as {@link TableRows}, read with POI's streaming SAX reader (the
 * sheet is never held in memory, and its shared strings sit in a temporary file: {@link SpilledSharedStrings}) under {@link XlsxLimits}. Date cells become ISO-8601 text (date-only when
 * there is no time part: Excel serial dates), numbers plain decimals, so mapping code treats CSV and XLSX
 * alike. Blank rows are skipped; missing cells are empty strings.
 */
public final class XlsxTable implements TableRows {
    private final Path file;
    private String sheetName;

    public XlsxTable(Path file) {
        this.file = file;
    }

    @Override
    public String describe(long lineNo) {
        return "sheet '" + sheetName + "' row " + lineNo;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        XlsxLimits.check(file);
        XlsxLimits.applyToPoi();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw BadInputException.wholeFile(file, "the workbook has no sheet");
            }
            try (SpilledSharedStrings strings = sharedStrings(pkg); InputStream sheet = sheets.next()) {
                sheetName = sheets.getSheetName();
                XMLReader xml = SAXHelper.newXMLReader();
                Rows rows = new Rows(handler);
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new IsoDataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw BadInputException.wholeFile(file, "this is not a readable .xlsx workbook. Save it again as .xlsx, or export CSV");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw BadInputException.wholeFile(file, "the workbook could not be read (" + firstLine(e) + ")");
        } catch (UncheckedRowException e) {
            throw e.io;
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                throw XlsxLimits.zipBomb(file, "of the workbook");
            }
            if (m.contains("MAX_FILE_COUNT") || m.contains("max file count") || m.contains("file count")) {
                throw BadInputException.wholeFile(file, "the workbook has too many parts; it was refused as unsafe");
            }
            throw e;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw BadInputException.wholeFile(file, "the workbook could not be read (" + firstLine(e) + ")");
        }
    }

    /** The shared strings part, spilled to a temporary file: its size is bounded by the disk, not the heap. */
    private static SpilledSharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return SpilledSharedStrings.read(null);
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return SpilledSharedStrings.read(in);
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl));
    }

    private static final class UncheckedRowException extends RuntimeException {
        final IOException io;

        UncheckedRowException(IOException io) {
            super(io);
            this.io = io;
        }
    }

    /** Collects one row's cells by column and hands non-blank rows on. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private long rowNo;
        private int sheetRow;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            sheetRow = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            rowNo++;
            try {
                handler.row(List.copyOf(cells), rowNo, sheetRow);
            } catch (IOException e) {
                throw new UncheckedRowException(e);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as ISO-8601 (date-only for whole days), numbers as plain decimals; text unchanged. */
    static final class IsoDataFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return value == Math.floor(value) ? t.toLocalDate().toString() : t.toString() + "Z";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
