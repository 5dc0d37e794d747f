package io.steward.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code steward owner ...}: the accountability group; each action is its own class. */
@Command(name = "owner", mixinStandardHelpOptions = true, description = "Assign owners, see their history, the orphan queue, suggestions and bulk rules.",
        subcommands = {OwnerAssignCommand.class, OwnerHistoryCommand.class, OwnerOrphansCommand.class, OwnerSuggestionsCommand.class,
            OwnerApplyRulesCommand.class})
final class OwnerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: owner assign, owner history, owner orphans, owner suggestions or owner apply-rules");
    }
}
