package io.steward.model.text;

/**
 * Makes imported text inert in spreadsheets: a cell that starts with {@code = + - @}, tab, CR, LF,
 * NUL or their full-width forms could run as a formula when a CSV or workbook is opened, so it gets
 * a leading apostrophe (OWASP "CSV injection"). Used by every CSV and workbook writer.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsDangerously(text.charAt(0)) ? "'" + text : text;
    }

    private static boolean startsDangerously(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
