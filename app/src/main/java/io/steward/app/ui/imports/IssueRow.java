package io.steward.app.ui.imports;

import io.steward.model.inventory.ImportIssue;

/**
 * One warning or refused secret of a preview, as the sheet lists it: where (file, record, line, field)
 * and why (rule, message). An {@link ImportIssue} never carries the offending value, so neither does this.
 */
public record IssueRow(String severity, String file, String where, String field, String rule, String message) {
    public static IssueRow of(String file, ImportIssue issue) {
        String severity = issue.severity() == ImportIssue.Severity.REFUSED ? "Secret refused" : "Warning";
        String where = issue.recordNo() > 0 ? "record " + issue.recordNo() + (issue.lineNo() > 0 ? ", line " + issue.lineNo() : "")
                : issue.lineNo() > 0 ? "line " + issue.lineNo() : "whole file";
        return new IssueRow(severity, file, where, issue.field() == null ? "" : issue.field(), issue.rule(), issue.message());
    }

    public boolean refused() {
        return severity.startsWith("Secret");
    }
}
