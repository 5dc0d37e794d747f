package io.steward.importers.table;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.csv.CsvInput;
import io.steward.importers.csv.Delimiters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as {@link TableRows}: UTF-8 with or without BOM, ',' or the ';' of European-locale Excel or
 * tabs (judged on the first line that has one, as title rows may come first), quoted multi-line cells. A pretty-printed text table saved as .csv
 * is refused rather than guessed at (docs/FORMATS-SUPPORTED.md). Read through the import pipeline's strict
 * {@link CsvInput} (invalid UTF-8 and over-long fields refused, messages never quote a value), allowing
 * rows of varying width because title rows may sit above the header.
 */
public final class CsvTable implements TableRows {
    /** As for the generic CSV inventory: a cell longer than this is not a spreadsheet cell. */
    private static final int MAX_FIELD = 64 * 1024;
    private static final int TITLE_ROWS_LOOKED_AT = 10;

    private final Path file;
    private final char separator;

    private CsvTable(Path file, char separator) {
        this.file = file;
        this.separator = separator;
    }

    public static CsvTable open(Path file) throws IOException {
        FileSample sample = FileSample.of(file);
        String first = sample.firstLine().strip();
        if (Delimiters.looksLikeTextTable(first)) {
            throw BadInputException.wholeFile(file, "this is a pretty-printed text table, not CSV. Export the data as CSV "
                    + "(e.g. --output csv) and import that file");
        }
        // A title row above the header has no separator: judge on the first line that has one.
        for (String line : sample.lines(TITLE_ROWS_LOOKED_AT)) {
            if (Delimiters.detect(line) != 0) {
                return new CsvTable(file, separatorOf(line));
            }
        }
        return new CsvTable(file, ',');
    }

    /** The separator of a header line: ',' ';' or tab (the import branch's {@link Delimiters}), ',' when it has none. */
    public static char separatorOf(String headerLine) {
        char d = Delimiters.detect(headerLine);
        return d == 0 ? ',' : d;
    }

    @Override
    public String describe(long lineNo) {
        return "line " + lineNo;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (CsvInput in = new CsvInput(file, Files.newInputStream(file), Files.size(file), separator, ImportProgress.NONE,
                MAX_FIELD, null, true)) {
            // CsvInput calls the first record the header; here it is just row 1 (the header may come later).
            handler.row(List.of(in.header()), 1, in.line());
            while (in.next()) {
                List<String> cells = new ArrayList<>(in.fieldCount());
                for (int i = 0; i < in.fieldCount(); i++) {
                    cells.add(in.field(i));
                }
                handler.row(cells, in.recordNo() + 1, in.line());
            }
        }
    }
}
