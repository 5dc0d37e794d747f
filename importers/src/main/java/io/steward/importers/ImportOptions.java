package io.steward.importers;

import io.steward.importers.columns.ColumnMapping;

/**
 * How to import: a forced format id ({@code null} = detect from content) and the actor recorded in the
 * ledger. {@code maxIssuesInReport} caps how many warnings/refusals the in-memory report keeps (all are
 * stored with the snapshot). {@code mapping} is a column mapping the user gave for a spreadsheet format
 * ({@code null} = the one saved for the file's source, if any); with {@code rememberMapping} a commit
 * saves it for that source. {@code sourceName} names the system a file describes when the file does not (a Kubernetes
 * cluster); a commit remembers it for the file-name pattern ({@code null} = the file's own, else the remembered one).
 * {@code again}: commit a file even though the same file (SHA-256) is already a snapshot of its source; without it such a
 * commit raises {@link AlreadyImportedException} and stores nothing.
 */
public record ImportOptions(String formatId, String actor, int maxIssuesInReport, ColumnMapping mapping, boolean rememberMapping,
                            String sourceName, boolean again) {
    public static final int DEFAULT_MAX_ISSUES = 1_000;

    public ImportOptions {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an import needs an actor");
        }
        if (maxIssuesInReport < 0) {
            throw new IllegalArgumentException("maxIssuesInReport must be >= 0");
        }
        if (rememberMapping && mapping == null) {
            throw new IllegalArgumentException("rememberMapping needs a mapping");
        }
    }

    public ImportOptions(String formatId, String actor, int maxIssuesInReport, ColumnMapping mapping, boolean rememberMapping) {
        this(formatId, actor, maxIssuesInReport, mapping, rememberMapping, null, false);
    }

    public ImportOptions(String formatId, String actor, int maxIssuesInReport) {
        this(formatId, actor, maxIssuesInReport, null, false);
    }

    public static ImportOptions detect(String actor) {
        return new ImportOptions(null, actor, DEFAULT_MAX_ISSUES);
    }

    public ImportOptions withFormat(String id) {
        return new ImportOptions(id, actor, maxIssuesInReport, mapping, rememberMapping, sourceName, again);
    }

    /** Read with {@code m} (explicit entries win over header matching); {@code remember}: a commit saves it for the source. */
    public ImportOptions withMapping(ColumnMapping m, boolean remember) {
        return new ImportOptions(formatId, actor, maxIssuesInReport, m, remember, sourceName, again);
    }

    /** Read files that do not name their source as {@code name} (e.g. the cluster); {@code null} = the file's or the remembered one. */
    public ImportOptions withSourceName(String name) {
        return new ImportOptions(formatId, actor, maxIssuesInReport, mapping, rememberMapping, name == null || name.isBlank() ? null : name,
                again);
    }

    /** {@code true}: import the file even if the same file is already a snapshot of its source (a deliberate duplicate). */
    public ImportOptions withAgain(boolean yes) {
        return new ImportOptions(formatId, actor, maxIssuesInReport, mapping, rememberMapping, sourceName, yes);
    }
}
