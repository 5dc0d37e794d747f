package io.steward.importers.csv;

/** Picks the field separator of a CSV header line: ',' ';' or tab, whichever occurs most outside quotes. */
public final class Delimiters {
    private Delimiters() {
    }

    /** The delimiter, or 0 when the line has none of them (a one-column file or not CSV at all). */
    public static char detect(String headerLine) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> {
                        // not a separator
                    }
                }
            }
        }
        if (comma == 0 && semicolon == 0 && tab == 0) {
            return 0;
        }
        if (tab >= comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /** True when the line looks like a row of a pretty-printed text table (| a | b | or +---+---+). */
    public static boolean looksLikeTextTable(String line) {
        String t = line.strip();
        return t.startsWith("|") && t.endsWith("|") || t.startsWith("+-") || t.startsWith("┌") || t.startsWith("╭")
                || t.startsWith("│");
    }

    /**
     * True when the first lines look like a pretty-printed text table: bordered rows, or a header with
     * " | " separators and no CSV separator followed by a rule line of dashes (CLI table output).
     */
    public static boolean looksLikeTextTable(java.util.List<String> firstLines) {
        if (firstLines.isEmpty()) {
            return false;
        }
        if (looksLikeTextTable(firstLines.get(0))) {
            return true;
        }
        String header = firstLines.get(0);
        boolean pipes = header.split("\\|", -1).length >= 3 && detect(header.replace('|', ' ')) == 0;
        boolean rule = firstLines.size() > 1 && firstLines.get(1).strip().matches("[-+=|: ]{3,}");
        return pipes && (rule || firstLines.size() == 1);
    }

    private static final java.util.regex.Pattern HEADING_RULE = java.util.regex.Pattern.compile("^([=\\-~^\"'`#*+])\\1{2,}\\s*$");
    private static final java.util.regex.Pattern MARKDOWN_HEADING = java.util.regex.Pattern.compile("^#{1,6} \\S");

    /**
     * True when the first lines read as prose, not as a table: a reStructuredText/Markdown heading, or rows whose
     * separator counts disagree with the header's (a sentence with a comma is not a two-column header).
     */
    public static boolean looksLikeProse(java.util.List<String> firstLines) {
        java.util.List<String> lines = firstLines.stream().filter(l -> !l.isBlank()).limit(10).toList();
        if (lines.isEmpty()) {
            return false;
        }
        for (String line : lines.subList(0, Math.min(3, lines.size()))) {
            if (HEADING_RULE.matcher(line.strip()).matches() || MARKDOWN_HEADING.matcher(line.strip()).find()) {
                return true;
            }
        }
        char delimiter = detect(lines.get(0));
        if (delimiter == 0 || lines.size() < 3) {
            return false;
        }
        long expected = count(lines.get(0), delimiter);
        long agreeing = lines.stream().skip(1).filter(l -> count(l, delimiter) == expected).count();
        return agreeing * 2 < lines.size() - 1; // quoted multi-line cells may break a few rows, not most
    }

    private static long count(String line, char delimiter) {
        return line.chars().filter(c -> c == delimiter).count();
    }
}
