package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.inventory.Timestamps;
import io.steward.model.stepup.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward stepup approve REQ --ttl PT1H --reason TEXT}. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve a step-up request as --actor. Built-in rules and the policy are checked first;",
            "a request needing more approvals stays pending until enough distinct people have approved."})
final class StepUpApproveCommand extends StewardCommand {
    @Parameters(paramLabel = "REQ", description = "the request id")
    String id;
    @Option(names = "--ttl", paramLabel = "DURATION", description = "how long to grant, ISO-8601 (default: the most the request and policy allow)")
    String ttl;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
    String reason;
    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() throws Exception {
        var duration = ttl == null ? null : StepUpCli.ttl(spec.commandLine(), ttl, "--ttl");
        try (Workspace workspace = openExistingLedger()) {
            var service = workspace.stepUp(policy.load());
            return StepUpCli.decide(err(), () -> {
                Decision d = service.approve(id, actor(), duration, reason);
                if (d.granted()) {
                    out().printf("Approved %s as %s: granted for %s, until %s%n", id, d.role().label(), d.ttl(), Timestamps.format(d.expiresAt()));
                } else {
                    out().printf("Approved %s as %s: approval %d of %d; still pending%n", id, d.role().label(), d.approval(), d.approvalsRequired());
                }
                return ExitCodes.OK;
            });
        }
    }
}
