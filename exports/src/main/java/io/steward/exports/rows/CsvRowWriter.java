package io.steward.exports.rows;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import io.steward.model.text.SpreadsheetText;
import java.util.List;

/**
 * RFC 4180 CSV with a header row; JSON values are written as compact JSON text. Text that a
 * spreadsheet could run as a formula is made inert, since these files end up opened in Excel.
 */
public final class CsvRowWriter implements RowWriter {
    private final PrintWriter out;
    private final CsvWriter csv;

    public CsvRowWriter(PrintWriter out, List<String> columns) {
        this.out = out;
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).autoFlush(false).build(out);
        csv.writeRecord(columns);
    }

    @Override
    public void row(List<?> values) {
        csv.writeRecord(values.stream().map(CsvRowWriter::text).toList());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return SpreadsheetText.inert(value instanceof JsonNode node ? node.toString()
                : value instanceof JsonValue streamed ? streamed.json() : value.toString());
    }

    @Override
    public void close() {
        try {
            csv.flush(); // not close(): that would close stdout
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
