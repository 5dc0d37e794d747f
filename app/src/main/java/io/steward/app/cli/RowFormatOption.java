package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option of the commands that print rows (a picocli mixin). */
public final class RowFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (one JSON array); default: ${DEFAULT-VALUE}")
    public OutputFormat format;

    @Option(names = "--wide", description = "tables: keep every column whole, however wide (default: fit the terminal, 80 columns when piped)")
    boolean wide;

    /** Starts the rows in the chosen format; a table fits the terminal unless --wide. */
    public RowWriter open(PrintWriter out, List<String> columns) {
        return format.open(out, columns, TableFit.terminal(columns, wide));
    }
}
