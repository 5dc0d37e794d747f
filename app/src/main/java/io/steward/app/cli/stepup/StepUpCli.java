package io.steward.app.cli.stepup;

import io.steward.app.cli.ExitCodes;
import io.steward.model.stepup.DecisionRefusedException;
import io.steward.model.stepup.RequestProblem;
import io.steward.model.stepup.RequestsRefusedException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What the step-up commands share: refusals as exit 1, refused request files with one reason per line. */
final class StepUpCli {
    private StepUpCli() {
    }

    static int decide(PrintWriter err, Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } catch (DecisionRefusedException e) {
            err.println("steward: refused (" + e.getMessage().replaceAll("\\s*\\R\\s*", " ") + ") [rule " + e.rule() + "]");
            return ExitCodes.VERIFICATION_FAILED;
        }
    }

    static int refusedRequests(PrintWriter err, RequestsRefusedException e) {
        err.println("steward: " + (e.file() == null ? "the request" : e.file().toString()) + " refused, nothing imported:");
        for (RequestProblem p : e.problems()) {
            err.println("  " + p);
        }
        return ExitCodes.BAD_INPUT;
    }

    static Duration ttl(CommandLine cmd, String text, String option) {
        Duration d = io.steward.model.stepup.RequestReader.parseTtl(text);
        if (d == null) {
            throw new CommandLine.ParameterException(cmd, option + " needs a positive ISO-8601 duration such as PT1H or PT30M, not '" + text + "'");
        }
        return d;
    }

    static String ttl(Duration d) {
        return d == null ? "" : d.toString();
    }
}
