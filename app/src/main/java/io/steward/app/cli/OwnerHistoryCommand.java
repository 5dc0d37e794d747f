package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.inventory.InventoryJson;
import io.steward.exports.rows.RowWriter;
import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.Owners;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code steward owner history IDENTITY}: every assignment, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Every owner assignment of IDENTITY, oldest first.")
final class OwnerHistoryCommand extends StewardCommand {
    @Parameters(index = "0", paramLabel = "IDENTITY", description = "identity key, native id or name")
    String identity;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Owners owners = workspace.accountability().owners();
            String key = owners.identityKey(identity);
            List<CurrentOwner> history = owners.history(key);
            try (RowWriter rows = output.format.open(out(), List.of("seq", "time", "by", "owner", "backup", "reason"))) {
                for (CurrentOwner c : history) {
                    rows.row(Arrays.asList(c.ledgerSeq(), InventoryJson.iso(c.assignedAt()), c.assignedBy(), c.owner().toString(),
                            c.backup() == null ? null : c.backup().toString(), c.reason()));
                }
            }
            if (history.isEmpty() && output.format == OutputFormat.table) {
                out().println(key + " has never had an owner");
            }
        }
        return ExitCodes.OK;
    }
}
