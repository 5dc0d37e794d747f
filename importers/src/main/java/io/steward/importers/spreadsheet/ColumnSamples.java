package io.steward.importers.spreadsheet;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.secrets.SecretGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first few rows under a spreadsheet's header, for someone deciding what its columns mean (the
 * console's mapping editor). Every value is screened: one that looks like a secret is replaced by
 * {@link #HIDDEN}, so a sample never shows a credential.
 */
public final class ColumnSamples {
    public static final String HIDDEN = "(hidden: looks like a secret)";

    private ColumnSamples() {
    }

    /**
     * Up to {@code max} rows after the header at {@code headerLine} (CSV line or sheet row), each cut or
     * padded to {@code headers.size()} cells.
     */
    public static List<List<String>> read(Path file, long headerLine, List<String> headers, int max, SecretGuard guard) {
        List<List<String>> rows = new ArrayList<>();
        try {
            SpreadsheetTables.open(file).read((cells, rowNo, lineNo) -> {
                if (lineNo <= headerLine) {
                    return;
                }
                if (rows.size() >= max) {
                    throw new Enough();
                }
                List<String> row = new ArrayList<>(headers.size());
                for (int i = 0; i < headers.size(); i++) {
                    String v = i < cells.size() ? cells.get(i).strip() : "";
                    row.add(!v.isEmpty() && guard.check(headers.get(i), v) != null ? HIDDEN : v);
                }
                rows.add(row);
            });
        } catch (Enough e) {
            // read enough rows
        } catch (IOException e) {
            throw BadInputException.wholeFile(file, "cannot read the file: " + e.getMessage());
        }
        return rows;
    }

    /** Stops reading once the sample is full. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
