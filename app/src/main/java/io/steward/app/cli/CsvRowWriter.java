package io.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** RFC 4180 CSV with a header row; JSON values are written as compact JSON text. */
final class CsvRowWriter implements RowWriter {
    private final PrintWriter out;
    private final CsvWriter csv;

    CsvRowWriter(PrintWriter out, List<String> columns) {
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
        return value instanceof JsonNode node ? node.toString() : value.toString();
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
