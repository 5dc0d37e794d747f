package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.owners.CurrentOwner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward owner assign IDENTITY --owner P [--backup P] --reason TEXT [--allow-unknown]}. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Make P the accountable owner of IDENTITY (an owner.assigned ledger entry carrying the previous owner).",
            "P is an e-mail, person id or login from the people directory, a team name, or team:NAME."})
final class OwnerAssignCommand extends StewardCommand {
    @Parameters(index = "0", paramLabel = "IDENTITY", description = "identity key, native id or name")
    String identity;

    @Option(names = "--owner", required = true, paramLabel = "P", description = "the owner")
    String owner;

    @Option(names = "--backup", paramLabel = "P", description = "the backup owner")
    String backup;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
    String reason;

    @Option(names = "--allow-unknown", description = "accept owners who are not in the loaded people directory")
    boolean allowUnknown;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            CurrentOwner c = GovernanceServices.accountability(workspace).assign(actor(), identity, owner, backup, reason, allowUnknown);
            out().printf("%s: owner %s%s (ledger entry %d)%n", c.identityKey(), c.owner(), c.backup() == null ? "" : ", backup " + c.backup(),
                    c.ledgerSeq());
        }
        return ExitCodes.OK;
    }
}
