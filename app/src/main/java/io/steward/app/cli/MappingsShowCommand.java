package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.rows.RowWriter;
import io.steward.model.inventory.ColumnMappings;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code steward mappings show SOURCE}: which header of the source means which concept. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the column mapping saved for a source (header -> concept).")
final class MappingsShowCommand extends StewardCommand {
    static final List<String> COLUMNS = List.of("importer", "header", "concept");

    @Parameters(paramLabel = "SOURCE", description = "a source as 'steward mappings list' shows it, e.g. csv:robots")
    String source;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            List<ColumnMappings.Saved> saved = MappingsCommand.existing(workspace, source);
            try (RowWriter rows = output.format.open(out(), COLUMNS)) {
                for (ColumnMappings.Saved s : saved) {
                    s.columns().forEach((header, concept) -> rows.row(List.of(s.importerId(), header, concept)));
                }
            }
        }
        return ExitCodes.OK;
    }
}
