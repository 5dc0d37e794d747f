package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import io.steward.importers.spi.Importer;
import io.steward.importers.StandardImporters;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steward formats}: the importer ids {@code import --format} accepts, in detection order. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the import formats: the id for --format, its version, and what files it recognises.")
final class FormatsCommand extends StewardCommand {
    private static final List<String> COLUMNS = List.of("id", "version", "recognises");

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        OutputFormat format = output.format;
        try (RowWriter rows = format == OutputFormat.table ? new WrappedLastColumn(out(), COLUMNS) : format.open(out(), COLUMNS)) {
            for (Importer importer : StandardImporters.list()) {
                rows.row(Arrays.asList(importer.id(), importer.version(), importer.description()));
            }
        }
        return ExitCodes.OK;
    }

    /** Descriptions are sentences: a table that cuts them at 48 characters would hide what each format is. */
    private static final class WrappedLastColumn implements RowWriter {
        private final java.io.PrintWriter out;
        private final List<List<?>> rows = new java.util.ArrayList<>();

        WrappedLastColumn(java.io.PrintWriter out, List<String> columns) {
            this.out = out;
            rows.add(columns);
        }

        @Override
        public void row(List<?> values) {
            rows.add(values);
        }

        @Override
        public void close() {
            int idWidth = rows.stream().mapToInt(r -> String.valueOf(r.get(0)).length()).max().orElse(2);
            int versionWidth = rows.stream().mapToInt(r -> String.valueOf(r.get(1)).length()).max().orElse(7);
            for (List<?> r : rows) {
                out.printf("%-" + idWidth + "s  %-" + versionWidth + "s  %s%n", r.get(0), r.get(1), r.get(2));
            }
            out.flush();
        }
    }
}
