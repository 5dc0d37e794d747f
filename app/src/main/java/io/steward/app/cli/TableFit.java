package io.steward.app.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a table fits a terminal: the width ({@code COLUMNS}, else 80 when the output is not a terminal, else the terminal's
 * width; unlimited with {@code --wide}), the columns that tell rows apart (never shortened or dropped), the order in
 * which other columns are dropped when shortening is not enough, and each column's narrowest shortened width.
 */
record TableFit(int width, Set<String> keys, List<String> dropOrder, Map<String, Integer> minWidths) {
    static final int PIPED_WIDTH = 80;
    static final int DEFAULT_MIN = 12;
    /** Overrides the width like COLUMNS (for scripts that cannot set the environment, and in-process runs). */
    static final String WIDTH_PROPERTY = "steward.columns";

    /** No limit: {@code --wide}, and machine formats. */
    static TableFit wide() {
        return new TableFit(Integer.MAX_VALUE, Set.of(), List.of(), Map.of());
    }

    /** The terminal's width with the first column as the key and columns dropped from the right. */
    static TableFit terminal(List<String> columns, boolean wide) {
        List<String> fromRight = new java.util.ArrayList<>(columns.subList(1, columns.size()));
        java.util.Collections.reverse(fromRight);
        return terminal(wide, Set.of(columns.get(0)), fromRight, Map.of());
    }

    static TableFit terminal(boolean wide, Set<String> keys, List<String> dropOrder, Map<String, Integer> minWidths) {
        return wide ? wide() : new TableFit(terminalWidth(), keys, dropOrder, minWidths);
    }

    int minWidth(String column) {
        return minWidths.getOrDefault(column, DEFAULT_MIN);
    }

    /** COLUMNS when set (shells export it to scripts that ask), else 80 when piped, else the terminal's own width. */
    static int terminalWidth() {
        String env = System.getProperty(WIDTH_PROPERTY, System.getenv("COLUMNS"));
        if (env != null && env.strip().matches("\\d{2,5}")) {
            return Integer.parseInt(env.strip());
        }
        if (System.console() == null) {
            return PIPED_WIDTH;
        }
        return sttyWidth();
    }

    private static int sttyWidth() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (p.waitFor() == 0 && out.matches("\\d+ \\d+")) {
                return Math.max(40, Integer.parseInt(out.split(" ")[1]));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no stty (e.g. Windows): fall through to the usual width
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return PIPED_WIDTH;
    }
}
