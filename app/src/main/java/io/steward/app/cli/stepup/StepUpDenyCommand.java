package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward stepup deny REQ --reason TEXT}. */
@Command(name = "deny", mixinStandardHelpOptions = true, description = "Deny a pending step-up request as --actor; the request is closed.")
final class StepUpDenyCommand extends StewardCommand {
    @Parameters(paramLabel = "REQ", description = "the request id")
    String id;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
    String reason;
    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = openExistingLedger()) {
            var service = workspace.stepUp(policy.load());
            return StepUpCli.decide(err(), () -> {
                var d = service.deny(id, actor(), reason);
                out().printf("Denied %s as %s%n", id, d.role().label());
                return ExitCodes.OK;
            });
        }
    }
}
