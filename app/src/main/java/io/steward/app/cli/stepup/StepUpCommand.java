package io.steward.app.cli.stepup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code steward stepup ...}: step-up requests, decisions, grants and the decision file; each action is its own class. */
@Command(name = "stepup", mixinStandardHelpOptions = true,
        description = {"Step-up requests: an agent or workload asks for a privilege for a while; the owner decides under policy.",
            "A decision refused by policy or a built-in rule exits 1 with the rule's message; an unknown request exits 3."},
        subcommands = {StepUpImportCommand.class, StepUpRequestCommand.class, StepUpListCommand.class, StepUpShowCommand.class,
            StepUpApproveCommand.class, StepUpDenyCommand.class, StepUpRevokeCommand.class, StepUpExportCommand.class,
            StepUpPolicyCommand.class})
public final class StepUpCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: stepup import|request|list|show|approve|deny|revoke|export|policy");
    }
}
