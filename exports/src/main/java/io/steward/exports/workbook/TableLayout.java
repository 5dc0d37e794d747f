package io.steward.exports.workbook;

import java.util.List;

/** A table sheet's name and columns. Rows beyond one sheet continue on sheets named "Name (2)", "Name (3)", … */
public record TableLayout(String sheetName, List<Column> columns) {
    public TableLayout {
        columns = List.copyOf(columns);
        if (sheetName.length() > 25) {
            throw new IllegalArgumentException("sheet name too long to number its continuation sheets: " + sheetName);
        }
    }

    public TableLayout(String sheetName, Column... columns) {
        this(sheetName, List.of(columns));
    }

    /** The name of the n-th sheet of this table (1 = the first). */
    public String sheetName(int part) {
        return part == 1 ? sheetName : sheetName + " (" + part + ")";
    }

    /** True when {@code name} is this table's first sheet or one of its continuation sheets. */
    public boolean owns(String name) {
        return name.equals(sheetName) || name.matches(java.util.regex.Pattern.quote(sheetName) + " \\(\\d+\\)");
    }

    public int indexOf(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheetName);
    }
}
