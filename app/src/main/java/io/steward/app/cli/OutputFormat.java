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
        return open(out, columns, TableFit.wide());
    }

    /** As {@link #open(PrintWriter, List)}; a table fits {@code fit}. */
    public RowWriter open(PrintWriter out, List<String> columns, TableFit fit) {
        return switch (this) {
            case table -> new TableRowWriter(out, columns, fit);
            case csv -> new CsvRowWriter(out, columns);
            case json -> new JsonRowWriter(out, columns);
        };
    }
}
