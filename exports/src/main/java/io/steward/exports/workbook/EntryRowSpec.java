package io.steward.exports.workbook;

import io.steward.model.db.tables.records.LedgerViewRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which columns of a table sheet restate a ledger entry: the seq and hash columns that name it, and for
 * other columns the entry field each must equal. The verifier checks every row of such a sheet this way.
 */
record EntryRowSpec(TableLayout layout, String seqColumn, String hashColumn, Map<String, Field> fields) {
    /** How a column is compared: plain text, or JSON compared as values (key order and spacing aside). */
    record Field(Function<LedgerViewRecord, String> expected, boolean json) {
    }

    static Builder of(TableLayout layout, String seqColumn, String hashColumn) {
        return new Builder(layout, seqColumn, hashColumn);
    }

    static final class Builder {
        private final TableLayout layout;
        private final String seqColumn;
        private final String hashColumn;
        private final Map<String, Field> fields = new LinkedHashMap<>();

        Builder(TableLayout layout, String seqColumn, String hashColumn) {
            this.layout = layout;
            this.seqColumn = seqColumn;
            this.hashColumn = hashColumn;
        }

        Builder text(String column, Function<LedgerViewRecord, String> expected) {
            layout.indexOf(column);
            fields.put(column, new Field(expected, false));
            return this;
        }

        Builder json(String column, Function<LedgerViewRecord, String> expected) {
            layout.indexOf(column);
            fields.put(column, new Field(expected, true));
            return this;
        }

        EntryRowSpec build() {
            return new EntryRowSpec(layout, seqColumn, hashColumn, Map.copyOf(fields));
        }
    }
}
