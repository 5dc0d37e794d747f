package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.findings.Acceptance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward findings accept IDENTITY RULE --until DATE --reason TEXT}: a finding.accepted entry. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = "Accept the risk of RULE on IDENTITY through --until (inclusive); it shows as accepted until then, then is open again.")
final class FindingsAcceptCommand extends StewardCommand {
    @Parameters(index = "0", paramLabel = "IDENTITY", description = "identity key, native id or name")
    String identity;

    @Parameters(index = "1", paramLabel = "RULE", description = "rule id, e.g. stale-credential")
    String rule;

    @Option(names = "--until", required = true, paramLabel = "DATE", description = "last day accepted, YYYY-MM-DD")
    String until;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why the risk is accepted")
    String reason;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Acceptance a = GovernanceServices.findings(workspace).accept(actor(), identity, rule, GovernanceServices.endOfDay(until), reason);
            out().printf("Accepted %s on %s until %s (ledger entry %d)%n", a.rule(), a.identityKey(),
                    io.steward.exports.inventory.InventoryJson.iso(a.until()), a.ledgerSeq());
        }
        return ExitCodes.OK;
    }
}
