package io.steward.importers.spreadsheet;

import io.steward.importers.spi.FileSample;
import io.steward.importers.table.CsvTable;
import io.steward.importers.table.TableRows;
import io.steward.importers.xlsx.XlsxTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a spreadsheet as rows: .xlsx (a zip) with the streaming reader, anything else as CSV. */
public final class SpreadsheetTables {
    private SpreadsheetTables() {
    }

    public static boolean isXlsx(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    public static TableRows open(Path file) throws IOException {
        return isXlsx(file) ? new XlsxTable(file) : CsvTable.open(file);
    }
}
