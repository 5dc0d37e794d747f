package io.steward.app.cli;

import io.steward.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward findings end-acceptance IDENTITY RULE --reason TEXT}: a finding.acceptance-ended entry. */
@Command(name = "end-acceptance", mixinStandardHelpOptions = true,
        description = "End an acceptance before its date; the finding is open again at once.")
final class FindingsEndAcceptanceCommand extends StewardCommand {
    @Parameters(index = "0", paramLabel = "IDENTITY", description = "identity key, native id or name")
    String identity;

    @Parameters(index = "1", paramLabel = "RULE", description = "rule id")
    String rule;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it ends early")
    String reason;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            var a = GovernanceServices.findings(workspace).endAcceptance(actor(), identity, rule, reason);
            out().printf("Ended the acceptance of %s on %s%n", a.rule(), a.identityKey());
        }
        return ExitCodes.OK;
    }
}
