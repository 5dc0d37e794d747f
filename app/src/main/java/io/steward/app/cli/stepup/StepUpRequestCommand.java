package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.stepup.RequestsRefusedException;
import io.steward.model.stepup.StepUpRequest;
import io.steward.model.stepup.policy.Policy;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward stepup request ...}: a request that arrived by chat or ticket, entered by hand. */
@Command(name = "request", mixinStandardHelpOptions = true,
        description = "Enter a step-up request by hand (one that arrived by chat or ticket). It is open for 24 hours.")
final class StepUpRequestCommand extends StewardCommand {
    @Option(names = "--target", required = true, paramLabel = "IDENTITY", description = "the identity to elevate: key, native id or name")
    String target;
    @Option(names = "--privilege", required = true, paramLabel = "P", description = "the role, scope or permission asked for")
    String privilege;
    @Option(names = "--ttl", required = true, paramLabel = "DURATION", description = "how long, ISO-8601 (PT1H, PT30M)")
    String ttl;
    @Option(names = "--justification", required = true, paramLabel = "TEXT", description = "why it is needed")
    String justification;
    @Option(names = "--resource", paramLabel = "R", description = "what it applies to (a bucket, a namespace, ...)")
    String resource;
    @Option(names = "--environment", paramLabel = "ENV", description = "default: the target's environment in the inventory")
    String environment;
    @Option(names = "--task", paramLabel = "TEXT", description = "the task it is for (a ticket, a run id)")
    String task;
    @Option(names = "--tool", paramLabel = "TOOL", description = "a tool the agent will call with it (repeatable)")
    List<String> tools = List.of();
    @Option(names = "--requester", paramLabel = "NAME", description = "who asks (default: --actor)")
    String requester;
    @Option(names = "--id", paramLabel = "ID", description = "the request's id (default: a new REQ-... id)")
    String id;

    @Override
    public Integer call() {
        var duration = StepUpCli.ttl(spec.commandLine(), ttl, "--ttl");
        try (Workspace workspace = openExistingLedger()) {
            StepUpRequest r = workspace.stepUp(Policy.defaultPolicy())
                    .request(id, requester == null ? actor() : requester, target, privilege, resource, environment, duration,
                            justification, task, tools, actor());
            out().printf("Requested %s: %s%s on %s (%s) for %s%n", r.id(), r.privilege(),
                    r.resource() == null ? "" : " on " + r.resource(), r.identityKey(), r.environment(), r.ttl());
            return ExitCodes.OK;
        } catch (RequestsRefusedException e) {
            return StepUpCli.refusedRequests(err(), e);
        }
    }
}
