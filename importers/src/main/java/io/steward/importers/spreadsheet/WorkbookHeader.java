package io.steward.importers.spreadsheet;

import io.steward.importers.xlsx.XlsxTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a workbook's first sheet, for content detection: the bytes a detector samples are compressed
 * inside the zip, so the header of a workbook (below a title row or two, as people make them) can only be had by
 * reading it: streaming, with the workbook limits, and stopping after those rows.
 */
public final class WorkbookHeader {
    /** Rows a header may sit below: a title, a blank or a note row or two. */
    static final int ROWS = 5;

    private WorkbookHeader() {
    }

    /** Up to {@value #ROWS} non-blank rows, or none when the workbook cannot be read (the import says why later). */
    public static List<List<String>> candidates(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try {
            new XlsxTable(file).read((cells, rowNo, lineNo) -> {
                rows.add(List.copyOf(cells));
                if (rows.size() == ROWS) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return rows;
    }

    /** Stops the streaming read once the rows are in. */
    private static final class Enough extends IOException {
        Enough() {
            super("enough rows for detection");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // control flow, not an error
        }
    }
}
