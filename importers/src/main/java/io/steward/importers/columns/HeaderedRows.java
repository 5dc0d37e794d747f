package io.steward.importers.columns;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.table.TableRows;
import io.steward.importers.values.NullIsh;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a spreadsheet (CSV or XLSX) that has a header row: leading title rows (merged cells, blank
 * lines, a report name) are skipped, the header is mapped to concepts with a {@link ColumnMapping}, and a
 * trailing "Total"/"Sum"/"Count" row is reported and skipped. Every cell a row hands out has been through
 * the sink's secret screen.
 */
public final class HeaderedRows {
    private static final Pattern TOTAL = Pattern.compile("(?i)^(grand\\s+)?(total|totals|sum|count|subtotal)\\b.*");

    private HeaderedRows() {
    }

    /** One data row, with screened access by concept and to the unmapped columns. */
    public static final class Row {
        private final RecordSink sink;
        private final List<String> headers;
        private final Map<Concept, Integer> columns;
        private final Map<Concept, List<Integer>> all;
        private final Set<Integer> ignored;
        private final List<String> cells;
        private final long recordNo;
        private final long lineNo;

        Row(RecordSink sink, List<String> headers, ColumnMapping.Resolved resolved, Map<Concept, Integer> columns, List<String> cells,
            long recordNo, long lineNo) {
            this.sink = sink;
            this.headers = headers;
            this.columns = columns;
            this.all = resolved.all();
            this.ignored = resolved.ignored();
            this.cells = cells;
            this.recordNo = recordNo;
            this.lineNo = lineNo;
        }

        public long recordNo() {
            return recordNo;
        }

        public long lineNo() {
            return lineNo;
        }

        /** The screened value of a concept's column; {@code null} when absent, blank or null-ish. */
        public String get(Concept c) {
            Integer i = columns.get(c);
            return i == null ? null : cell(i);
        }

        /** The value of the first column of a concept that has one, preferred column first (a blank technical owner falls back to the business owner). */
        public String first(Concept c) {
            for (int i : all.getOrDefault(c, List.of())) {
                String v = cell(i);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        private String cell(int i) {
            if (i >= cells.size()) {
                return null;
            }
            return NullIsh.text(sink.screen(recordNo, lineNo, headers.get(i), cells.get(i)));
        }

        /** Unmapped columns with a value, in column order, but not those the mapping ignores: header → screened value. */
        public Map<String, String> others() {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                if (!columns.containsValue(i) && !ignored.contains(i) && !headers.get(i).isBlank()) {
                    String v = cell(i);
                    if (v != null) {
                        out.put(headers.get(i).strip(), v);
                    }
                }
            }
            return out;
        }
    }

    /**
     * @param requiredAnyOf at least one of these must be mapped, else {@link UnrecognisedHeadersException}
     */
    public static void read(TableRows table, Path file, RecordSink sink, ColumnMapping mapping, Set<Concept> allowed,
                            Set<Concept> requiredAnyOf, Cancellation cancel, Consumer<Row> each) throws IOException {
        List<String>[] header = new List[1];
        ColumnMapping.Resolved[] resolved = new ColumnMapping.Resolved[1];
        List<Map<Concept, Integer>> columns = new ArrayList<>(1);
        long[] skippedTitle = {0};
        long[] dataRows = {0};
        table.read((cells, rowNo, lineNo) -> {
            cancel.check();
            if (header[0] == null) {
                if (cells.stream().filter(c -> !c.isBlank()).count() < 2) {
                    skippedTitle[0]++;
                    return;
                }
                header[0] = new ArrayList<>(cells);
                resolved[0] = mapping.resolve(cells, allowed);
                columns.add(resolved[0].columns());
                if (requiredAnyOf.stream().noneMatch(resolved[0]::has)) {
                    throw new UnrecognisedHeadersException(file, lineNo, cells, resolved[0], allowed, requiredAnyOf);
                }
                return;
            }
            String first = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
            if (TOTAL.matcher(first.strip()).matches()) {
                sink.warning(dataRows[0] + 1, lineNo, null, "total-row", table.describe(lineNo)
                        + " looks like a total row ('" + first.strip().split("\\s+")[0] + "'); it was skipped");
                return;
            }
            dataRows[0]++;
            each.accept(new Row(sink, header[0], resolved[0], columns.get(0), cells, dataRows[0], lineNo));
        });
        if (header[0] == null) {
            throw io.steward.importers.spi.BadInputException.wholeFile(file, "no header row found (a row with at least two column names)");
        }
        if (skippedTitle[0] > 0) {
            sink.warning(0, 0, null, "title-rows", skippedTitle[0] + " title or blank rows above the header were skipped");
        }
    }
}
