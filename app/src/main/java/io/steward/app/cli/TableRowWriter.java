package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: column widths come from the first rows (held back until
 * {@value #SAMPLE} rows or the end), numbers right-aligned, long cells cut with "...".
 */
final class TableRowWriter implements RowWriter {
    static final int SAMPLE = 1000;
    static final int MAX_WIDTH = 48;
    private static final String GAP = "  ";

    private final PrintWriter out;
    private final List<String> columns;
    private final List<List<Object>> held = new ArrayList<>();
    private int[] widths;
    private boolean[] numeric;

    TableRowWriter(PrintWriter out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(List<?> values) {
        List<Object> copy = new ArrayList<>(values);
        if (widths != null) {
            print(copy);
            return;
        }
        held.add(copy);
        if (held.size() >= SAMPLE) {
            flushHeld();
        }
    }

    private void flushHeld() {
        widths = new int[columns.size()];
        numeric = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            numeric[i] = !held.isEmpty();
        }
        for (List<Object> row : held) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cell(row.get(i)).length());
                numeric[i] &= row.get(i) == null || row.get(i) instanceof Number;
            }
        }
        print(new ArrayList<>(columns));
        List<Object> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        print(rule);
        held.forEach(this::print);
        held.clear();
    }

    private void print(List<Object> row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String text = cell(row.get(i));
            String pad = " ".repeat(Math.max(0, widths[i] - text.length()));
            boolean last = i == widths.length - 1;
            line.append(numeric[i] ? pad + text : last ? text : text + pad);
            if (!last) {
                line.append(GAP);
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /** One line per row: control characters become spaces; cells over MAX_WIDTH are cut. */
    static String cell(Object value) {
        String text = value == null ? "" : value instanceof JsonNode node ? node.toString() : value.toString();
        text = text.replaceAll("\\p{Cntrl}", " ");
        return text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 3) + "..." : text;
    }

    @Override
    public void close() {
        if (widths == null) {
            flushHeld();
        }
        out.flush();
    }
}
