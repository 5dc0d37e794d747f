package io.steward.exports.workbook;

import io.steward.model.text.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * The XML of one table sheet, written straight into the workbook's zip entry as rows come: a frozen bold header
 * row, column widths, typed cells (inline strings, so no string table grows in memory) and the auto-filter.
 * Text follows the same rules as {@link Cells}: only ever a text value, quote-prefixed when it could start a
 * formula, cut with a visible mark when longer than a cell, and characters XML cannot carry written as POI
 * writes them ({@code ?}). Bytes go through one reused buffer; nothing per row is kept.
 */
final class SheetXml {
    private static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>").getBytes(StandardCharsets.US_ASCII);
    private static final String TAIL = "<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>"
            + "</worksheet>";

    private final OutputStream out;
    private final ColumnType[] types;
    private final byte[][] letters;
    private final byte[] inertStyle;
    private final byte[] integerStyle;
    private final byte[] dateStyle;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int nextRow;

    SheetXml(OutputStream out, List<Column> columns, WorkbookStyles styles) throws IOException {
        this.out = out;
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        this.letters = new byte[columns.size()][];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = ascii(CellReference.convertNumToColString(i));
        }
        this.inertStyle = style(styles.inertText.getIndex());
        this.integerStyle = style(styles.integer.getIndex());
        this.dateStyle = style(styles.dateTime.getIndex());
        put(HEAD);
        put("<cols>");
        for (int i = 0; i < columns.size(); i++) {
            put("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + (double) Math.min(255, columns.get(i).widthChars())
                    + "\" customWidth=\"1\"/>");
        }
        put("</cols><sheetData>");
        byte[] header = style(styles.header.getIndex());
        startRow();
        for (int i = 0; i < columns.size(); i++) {
            inlineString(i, header, columns.get(i).header());
        }
        ensure(ROW_END.length);
        put(ROW_END);
    }

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL_START = ascii("<c r=\"");
    private static final byte[] INLINE = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = ascii("</t></is></c>");
    /** A number cell: "n" is the default type, so it is not written. */
    private static final byte[] NUMBER = ascii("><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");

    /** Rows written, header included. */
    int rows() {
        return nextRow;
    }

    /** One data row; values follow the columns, null leaves a cell out. */
    void row(Object[] values) throws IOException {
        startRow();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            switch (types[i]) {
                case INTEGER -> number(i, integerStyle, whole(v) ? Long.toString(((Number) v).longValue())
                        : Double.toString(((Number) v).doubleValue()));
                case DATE_TIME -> number(i, dateStyle, Double.toString(DateUtil.getExcelDate(Cells.utc((Instant) v))));
                case TEXT, IMPORTED_TEXT -> {
                    String fitted = SpreadsheetText.cellText(v.toString());
                    inlineString(i, SpreadsheetText.isFormulaTrigger(fitted) ? inertStyle : null, fitted);
                }
            }
        }
        ensure(ROW_END.length);
        put(ROW_END);
    }

    /** Closes the sheet data, adds the auto-filter over every written row and ends the document. */
    void finish() throws IOException {
        put("</sheetData><autoFilter ref=\"A1:" + new String(letters[letters.length - 1], StandardCharsets.US_ASCII) + nextRow + "\"/>");
        put(TAIL);
        drain();
    }

    private void startRow() throws IOException {
        ensure(64);
        nextRow++;
        put(ROW_START);
        putInt(nextRow);
        put((byte) '"');
        put((byte) '>');
    }

    /** Room for a cell's markup and a number (under 128 bytes); text is checked as it goes. */
    private void cellStart(int column, byte[] style) throws IOException {
        ensure(128);
        // Every cell keeps its reference: it is optional, but POI's workbook model misplaces cells that lack one.
        put(CELL_START);
        put(letters[column]);
        putInt(nextRow);
        put((byte) '"');
        if (style != null) {
            put(style);
        }
    }

    private void number(int column, byte[] style, String value) throws IOException {
        cellStart(column, style);
        put(NUMBER);
        putAscii(value);
        put(NUMBER_END);
    }

    private void inlineString(int column, byte[] style, String text) throws IOException {
        cellStart(column, style);
        put(preserve(text) ? INLINE_PRESERVE : INLINE);
        escaped(text);
        ensure(INLINE_END.length);
        put(INLINE_END);
    }

    private static boolean whole(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    /** Leading or trailing white space survives only with xml:space="preserve". */
    private static boolean preserve(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /** XML-escaped UTF-8; control characters become '?' (as POI writes them), line breaks and tabs character references. */
    private void escaped(String s) throws IOException {
        int n = s.length();
        // A char takes at most 6 bytes (&quot;): make room once for a short text, char by char for a long one.
        boolean roomMade = n <= (buf.length - 16) / 6;
        if (roomMade) {
            ensure(n * 6);
        }
        for (int i = 0; i < n; i++) {
            if (!roomMade) {
                ensure(16);
            }
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[pos++] = (byte) (0xF0 | cp >> 18);
                    buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                    buf[pos++] = '?';
                } else if (c < 0x800) {
                    buf[pos++] = (byte) (0xC0 | c >> 6);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                } else {
                    buf[pos++] = (byte) (0xE0 | c >> 12);
                    buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                }
                continue;
            }
            switch (c) {
                case '<' -> putAscii("&lt;");
                case '>' -> putAscii("&gt;");
                case '&' -> putAscii("&amp;");
                case '"' -> putAscii("&quot;");
                case '\n' -> putAscii("&#xa;");
                case '\r' -> putAscii("&#xd;");
                case '\t' -> putAscii("&#x9;");
                default -> buf[pos++] = c < ' ' ? (byte) '?' : (byte) c;
            }
        }
    }

    private void putInt(int v) {
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void put(byte b) {
        buf[pos++] = b;
    }

    private void put(byte[] b) {
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** Short ASCII text (numbers, entities): its caller has made room. */
    private void putAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    /** Markup of any length (the column list, the closing elements). */
    private void put(String ascii) throws IOException {
        byte[] b = ascii(ascii);
        if (b.length > buf.length) {
            drain();
            out.write(b);
            return;
        }
        ensure(b.length);
        put(b);
    }

    private void ensure(int room) throws IOException {
        if (pos + room > buf.length) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private static byte[] style(short index) {
        return index == 0 ? null : ascii(" s=\"" + (index & 0xffff) + "\"");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
