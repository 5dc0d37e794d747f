package io.steward.model.inventory;

import java.util.Objects;

/**
 * Something an import reports about one record: a warning, or a refused secret. It names where
 * (record, line, field) and why (rule, message) and NEVER carries the offending value.
 *
 * @param recordNo 1-based record number in the file, 0 for the file as a whole
 * @param lineNo   1-based line where the record starts, 0 when the format is not line-based
 */
public record ImportIssue(Severity severity, long recordNo, long lineNo, String field, String rule, String message) {
    public enum Severity {
        /** Imported with a caveat (e.g. a duplicate row was dropped, a value was unknown). */
        WARNING,
        /** Secret material was found and not stored. */
        REFUSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static ImportIssue warning(long recordNo, long lineNo, String field, String rule, String message) {
        return new ImportIssue(Severity.WARNING, recordNo, lineNo, field, rule, message);
    }

    public static ImportIssue refused(long recordNo, long lineNo, String field, String rule, String message) {
        return new ImportIssue(Severity.REFUSED, recordNo, lineNo, field, rule, message);
    }

    /** "record 12 (line 13), field secret" — where, for messages. */
    public String where() {
        StringBuilder b = new StringBuilder();
        if (recordNo > 0) {
            b.append("record ").append(recordNo);
            if (lineNo > 0) {
                b.append(" (line ").append(lineNo).append(')');
            }
        } else {
            b.append("file");
        }
        if (field != null) {
            b.append(", field ").append(field);
        }
        return b.toString();
    }
}
