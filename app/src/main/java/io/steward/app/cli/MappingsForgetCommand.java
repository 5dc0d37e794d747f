package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.inventory.ColumnMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code steward mappings forget SOURCE}: the next import of the source matches its headers afresh (and
 * asks for a mapping again when they are not recognised). Snapshots already imported are not changed.
 */
@Command(name = "forget", mixinStandardHelpOptions = true,
        description = {"Forget the column mapping saved for a source.",
            "The next import of the source matches its headers afresh. Snapshots already imported are not changed."})
final class MappingsForgetCommand extends StewardCommand {
    @Parameters(paramLabel = "SOURCE", description = "a source as 'steward mappings list' shows it, e.g. csv:robots")
    String source;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            MappingsCommand.existing(workspace, source);
            for (ColumnMappings.Saved s : MappingsCommand.saved(workspace).forget(source, actor())) {
                out().printf("Forgot the %s mapping of %s (%d columns, saved %s by %s)%n", s.importerId(), s.source(),
                        s.columns().size(), s.savedAt(), s.savedBy());
            }
        }
        return ExitCodes.OK;
    }
}
