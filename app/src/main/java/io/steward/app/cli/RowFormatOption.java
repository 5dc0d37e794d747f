package io.steward.app.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option of the commands that print rows (a picocli mixin). */
public final class RowFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (one JSON array); default: ${DEFAULT-VALUE}")
    public OutputFormat format;
}
