package io.steward.model.stepup;

/** One thing wrong with one request of a file: which request (id or position), which field, and what is wrong. */
public record RequestProblem(String request, String field, String reason) {
    @Override
    public String toString() {
        return "request " + request + (field == null ? "" : ", field " + field) + ": " + reason;
    }
}
