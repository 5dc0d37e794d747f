package io.steward.exports.workbook;

import io.steward.model.ledger.EntryRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Which columns of a table sheet restate a ledger entry: the seq and hash columns that name it, and for
 * other columns what the entry says the cell must hold. The verifier checks every row of such a sheet this way;
 * a row with an empty seq cell (an undecided item) names no entry and is not compared.
 */
record EntryRowSpec(TableLayout layout, String seqColumn, String hashColumn, Map<String, Field> fields) {
    /** The cells of the row being compared, by header. */
    @FunctionalInterface
    interface RowCells {
        String get(String header);
    }

    /**
     * How a column is compared: {@code expected} gives the text the cell must hold (null = this entry says
     * nothing about it); {@code json} compares JSON values, key order and spacing aside.
     */
    record Field(BiFunction<EntryRow, RowCells, String> expected, boolean json) {
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

        Builder text(String column, Function<EntryRow, String> expected) {
            return text(column, (entry, row) -> expected.apply(entry));
        }

        Builder text(String column, BiFunction<EntryRow, RowCells, String> expected) {
            layout.indexOf(column);
            fields.put(column, new Field(expected, false));
            return this;
        }

        Builder json(String column, Function<EntryRow, String> expected) {
            layout.indexOf(column);
            fields.put(column, new Field((entry, row) -> expected.apply(entry), true));
            return this;
        }

        EntryRowSpec build() {
            return new EntryRowSpec(layout, seqColumn, hashColumn, Map.copyOf(fields));
        }
    }
}
