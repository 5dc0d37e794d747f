package io.steward.model.text;

/**
 * Makes imported text inert in spreadsheets: a cell that starts with {@code = + - @}, tab, CR, LF,
 * NUL or their full-width forms could run as a formula when a CSV or workbook is opened, so it gets
 * a leading apostrophe (OWASP "CSV injection"). Used by every CSV and workbook writer.
 */
public final class SpreadsheetText {
    /** The most characters one spreadsheet cell holds (Excel and LibreOffice). */
    public static final int MAX_CELL_CHARS = 32_767;
    private static final String CUT_MARK = "… [cut: longer than a cell holds]";

    private SpreadsheetText() {
    }

    /** For CSV: the text with a leading apostrophe when it could start a formula. */
    public static String inert(String text) {
        return isFormulaTrigger(text) ? "'" + text : text;
    }

    /**
     * True when a spreadsheet could read this text as a formula: its first character is one of
     * {@code = + - @}, tab, CR, LF, NUL, or a full-width {@code ＝ ＋ － ＠}. Workbook writers keep the value
     * as it is in a text cell and mark the cell "quote prefixed", which is what the apostrophe means there.
     */
    public static boolean isFormulaTrigger(String text) {
        return text != null && !text.isEmpty() && startsDangerously(text.charAt(0));
    }

    /**
     * What a workbook cell can hold of this text: characters XML 1.0 forbids (control characters other
     * than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) become U+FFFD, and the text is cut to one cell.
     * Writers store this; verifiers compare cells with it.
     */
    public static String cellText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isSurrogate(c) && !pair && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return fitCell(out == null ? text : out.toString());
    }

    /** The text cut to what one cell holds, ending with a visible mark when cut. */
    public static String fitCell(String text) {
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int keep = MAX_CELL_CHARS - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_MARK;
    }

    /** True when {@link #fitCell} cut this cell text. */
    public static boolean wasCut(String cellText) {
        return cellText != null && cellText.length() > CUT_MARK.length() && cellText.endsWith(CUT_MARK)
                && cellText.length() >= MAX_CELL_CHARS - 1;
    }

    /** The part of a cut cell that is original text. */
    public static String keptPart(String cellText) {
        return wasCut(cellText) ? cellText.substring(0, cellText.length() - CUT_MARK.length()) : cellText;
    }

    private static boolean startsDangerously(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
