package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import io.steward.exports.rows.CsvRowWriter;
import io.steward.exports.rows.JsonRowWriter;
import java.io.PrintWriter;
import java.util.List;

/** {@code --format table|csv|json}: how a command prints rows. */
public enum OutputFormat {
    table, csv, json;

    /** Starts writing rows with these column names; close the writer to finish the output. */
    public RowWriter open(PrintWriter out, List<String> columns) {
        return switch (this) {
            case table -> new TableRowWriter(out, columns);
            case csv -> new CsvRowWriter(out, columns);
            case json -> new JsonRowWriter(out, columns);
        };
    }
}
