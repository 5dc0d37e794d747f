package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.rows.RowWriter;
import io.steward.model.inventory.ColumnMappings;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steward mappings list}: every saved column mapping, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved column mappings, by source.")
final class MappingsListCommand extends StewardCommand {
    static final List<String> COLUMNS = List.of("source", "importer", "columns", "saved_at", "saved_by");

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger(); RowWriter rows = output.format.open(out(), COLUMNS)) {
            for (ColumnMappings.Saved s : workspace.mappings().list()) {
                rows.row(List.of(s.source(), s.importerId(), s.columns().size(), s.savedAt(), s.savedBy()));
            }
        }
        return ExitCodes.OK;
    }
}
