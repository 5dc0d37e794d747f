package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.stepup.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward stepup revoke REQ --reason TEXT}. */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "End an active step-up grant before its expiry.")
final class StepUpRevokeCommand extends StewardCommand {
    @Parameters(paramLabel = "REQ", description = "the request id")
    String id;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
    String reason;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = openExistingLedger()) {
            var service = workspace.stepUp(Policy.defaultPolicy());
            return StepUpCli.decide(err(), () -> {
                var d = service.revoke(id, actor(), reason);
                out().printf("Revoked the grant of %s as %s%n", id, d.role().label());
                return ExitCodes.OK;
            });
        }
    }
}
