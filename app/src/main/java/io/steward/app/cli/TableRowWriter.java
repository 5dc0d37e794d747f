package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: column widths come from the first rows (held back until
 * {@value #SAMPLE} rows or the end), numbers right-aligned, long cells cut with "...". The table fits its
 * {@link TableFit}: first the widest columns that do not tell rows apart are shortened (down to their narrowest), then
 * columns are dropped in the fit's order; the key columns are never cut, and a last line names what was left out.
 */
final class TableRowWriter implements RowWriter {
    static final int SAMPLE = 1000;
    static final int MAX_WIDTH = 48;
    private static final String GAP = "  ";

    private final PrintWriter out;
    private final List<String> columns;
    private final List<List<Object>> held = new ArrayList<>();
    private final TableFit fit;
    private int[] widths;
    private boolean[] numeric;
    private boolean[] shown;
    private final List<String> dropped = new ArrayList<>();

    TableRowWriter(PrintWriter out, List<String> columns) {
        this(out, columns, TableFit.wide());
    }

    TableRowWriter(PrintWriter out, List<String> columns, TableFit fit) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.fit = fit;
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
                widths[i] = Math.max(widths[i], cell(row.get(i), fit.keys().contains(columns.get(i))).length());
                numeric[i] &= row.get(i) == null || row.get(i) instanceof Number;
            }
        }
        fitWidth();
        print(new ArrayList<>(columns));
        List<Object> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        print(rule);
        held.forEach(this::print);
        held.clear();
    }

    /** Shortens, then drops, columns until the table fits (see the class comment). */
    private void fitWidth() {
        shown = new boolean[columns.size()];
        java.util.Arrays.fill(shown, true);
        while (total() > fit.width()) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                boolean shortenable = shown[i] && !fit.keys().contains(columns.get(i))
                        && widths[i] > Math.max(fit.minWidth(columns.get(i)), columns.get(i).length());
                if (shortenable && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest >= 0) {
                int floor = Math.max(fit.minWidth(columns.get(widest)), columns.get(widest).length());
                widths[widest] = Math.max(floor, widths[widest] - (total() - fit.width()));
                continue;
            }
            String next = fit.dropOrder().stream().filter(c -> columns.contains(c) && shown[columns.indexOf(c)]).findFirst().orElse(null);
            if (next == null) {
                return; // only key columns left: wider than the terminal, but rows stay distinct
            }
            shown[columns.indexOf(next)] = false;
            dropped.add(next);
        }
    }

    private int total() {
        int sum = 0;
        int count = 0;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                sum += widths[i];
                count++;
            }
        }
        return sum + GAP.length() * Math.max(0, count - 1);
    }

    private void print(List<Object> row) {
        StringBuilder line = new StringBuilder();
        int lastShown = -1;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                lastShown = i;
            }
        }
        for (int i = 0; i < widths.length; i++) {
            if (!shown[i]) {
                continue;
            }
            String text = fitted(cell(row.get(i), fit.keys().contains(columns.get(i))), widths[i]);
            String pad = " ".repeat(Math.max(0, widths[i] - text.length()));
            boolean last = i == lastShown;
            line.append(numeric[i] ? pad + text : last ? text : text + pad);
            if (!last) {
                line.append(GAP);
            }
        }
        // not println: that flushes the terminal's writer on every row; close() flushes once
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    /** A note printed within the table's width, broken at spaces. */
    private void wrapped(String note) {
        StringBuilder line = new StringBuilder();
        for (String word : note.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > fit.width()) {
                out.println(line);
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.println(line);
    }

    private static String fitted(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)) + "...";
    }

    /** One line per row: control characters become spaces; cells over MAX_WIDTH are cut. */
    static String cell(Object value) {
        return cell(value, false);
    }

    /** As {@link #cell(Object)}; a key cell is never cut (it is what tells two rows apart). */
    static String cell(Object value, boolean key) {
        String text = value == null ? "" : value instanceof JsonNode node ? node.toString() : value.toString();
        text = text.replaceAll("\\p{Cntrl}", " ");
        return !key && text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 3) + "..." : text;
    }

    @Override
    public void close() {
        if (widths == null) {
            flushHeld();
        }
        if (!dropped.isEmpty()) {
            wrapped("(left out to fit " + fit.width() + " columns: " + String.join(", ", dropped) + "; --wide shows every column)");
        }
        out.flush();
    }
}
