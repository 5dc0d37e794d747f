package io.steward.model.stepup;

import io.steward.model.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A request file (or a hand-entered request) refused with every reason; nothing was committed. */
public final class RequestsRefusedException extends BadInputException {
    private final transient List<RequestProblem> problems;

    public RequestsRefusedException(Path file, List<RequestProblem> problems) {
        super(file, null, problems.size() + (problems.size() == 1 ? " problem" : " problems") + ", nothing imported: "
                + problems.stream().map(RequestProblem::toString).collect(Collectors.joining("; "))
                + ". Correct the requests named and import the file again.");
        this.problems = List.copyOf(problems);
    }

    public List<RequestProblem> problems() {
        return problems;
    }
}
