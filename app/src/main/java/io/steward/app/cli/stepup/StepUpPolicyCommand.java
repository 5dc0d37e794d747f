package io.steward.app.cli.stepup;

import io.steward.app.cli.ExitCodes;
import io.steward.model.stepup.policy.Policy;
import io.steward.model.stepup.policy.PolicyException;
import io.steward.model.stepup.policy.PolicyProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward stepup policy check FILE}: validates a policy without deciding anything. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Step-up policy files.",
        subcommands = StepUpPolicyCommand.Check.class)
final class StepUpPolicyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: stepup policy check FILE");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile a policy file and report every problem with its rule, line and column; decides nothing.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the policy file")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("steward: " + file + ": no such file; give the path of a policy file");
                return ExitCodes.BAD_INPUT;
            }
            try {
                Policy policy = Policy.load(file);
                spec.commandLine().getOut().printf("%s: %d rules, valid (%s)%n", file, policy.ruleNames().size(), String.join(", ", policy.ruleNames()));
                return ExitCodes.OK;
            } catch (PolicyException e) {
                for (PolicyProblem p : e.problems()) {
                    spec.commandLine().getErr().println(file + ":" + p);
                }
                return ExitCodes.BAD_INPUT;
            }
        }
    }
}
