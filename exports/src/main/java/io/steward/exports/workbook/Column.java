package io.steward.exports.workbook;

/** One column of a table sheet: its header, its type and its width in characters. */
public record Column(String header, ColumnType type, int widthChars) {
    public static Column text(String header, int width) {
        return new Column(header, ColumnType.TEXT, width);
    }

    public static Column imported(String header, int width) {
        return new Column(header, ColumnType.IMPORTED_TEXT, width);
    }

    public static Column integer(String header, int width) {
        return new Column(header, ColumnType.INTEGER, width);
    }

    public static Column dateTime(String header) {
        return new Column(header, ColumnType.DATE_TIME, 24);
    }
}
