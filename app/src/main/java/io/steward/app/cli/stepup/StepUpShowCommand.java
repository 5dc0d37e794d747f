package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.stepup.RequestReport;
import io.steward.model.stepup.StepUp;
import io.steward.model.stepup.StepUpQuery;
import io.steward.model.stepup.policy.PolicyResult;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code steward stepup show REQ}: a request in context, and what each policy rule decided. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a step-up request with its context: target, owner, open findings, the target's active grants,",
            "the policy evaluated now for you (each rule and what it decided) and every decision recorded so far."})
final class StepUpShowCommand extends StewardCommand {
    @Parameters(paramLabel = "REQ", description = "the request id")
    String id;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Instant now = Instant.now();
            StepUpQuery.Detail d = StepUp.query(workspace.ledger()).detail(id, now);
            PolicyResult eval = workspace.stepUp(policy.load()).evaluate(id, actor());
            RequestReport.lines(d, eval, actor()).forEach(out()::println);
        }
        return ExitCodes.OK;
    }

}
