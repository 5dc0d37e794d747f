package io.steward.model.stepup.policy;

import io.steward.model.BadInputException;
import java.util.List;
import java.util.stream.Collectors;

/** A policy file that cannot be used: every problem found, each with its line and column. Nothing was decided. */
public final class PolicyException extends BadInputException {
    private final transient List<PolicyProblem> problems;

    public PolicyException(String source, List<PolicyProblem> problems) {
        super(null, null, source + " is not a valid step-up policy: " + problems.stream()
                .map(p -> source + ":" + p).collect(Collectors.joining("; ")) + ". Fix the lines named and check it again"
                + " with 'steward stepup policy check FILE'.");
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
