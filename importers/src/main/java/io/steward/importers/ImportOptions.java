package io.steward.importers;

/**
 * How to import: a forced format id ({@code null} = detect from content) and the actor recorded in the
 * ledger. {@code maxIssuesInReport} caps how many warnings/refusals the in-memory report keeps (all are
 * stored with the snapshot).
 */
public record ImportOptions(String formatId, String actor, int maxIssuesInReport) {
    public static final int DEFAULT_MAX_ISSUES = 1_000;

    public ImportOptions {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an import needs an actor");
        }
        if (maxIssuesInReport < 0) {
            throw new IllegalArgumentException("maxIssuesInReport must be >= 0");
        }
    }

    public static ImportOptions detect(String actor) {
        return new ImportOptions(null, actor, DEFAULT_MAX_ISSUES);
    }

    public ImportOptions withFormat(String id) {
        return new ImportOptions(id, actor, maxIssuesInReport);
    }
}
