package io.steward.importers.table;

import java.io.IOException;
import java.util.List;

/**
 * A spreadsheet-like file read row by row (CSV or one XLSX sheet): each row's cells as text, with its
 * 1-based row number and the line it starts on (CSV) or its sheet row (XLSX). Dates in XLSX cells
 * arrive as ISO-8601 text, so the mapping code is the same for both.
 */
public interface TableRows {
    @FunctionalInterface
    interface RowHandler {
        void row(List<String> cells, long rowNo, long lineNo) throws IOException;
    }

    /** Where a row is, for messages: "line 12" (CSV) or "sheet 'People' row 12" (XLSX). */
    String describe(long lineNo);

    void read(RowHandler handler) throws IOException;
}
