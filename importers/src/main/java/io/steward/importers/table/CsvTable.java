package io.steward.importers.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.steward.importers.BadInputException;
import io.steward.importers.FileSample;
import io.steward.importers.csv.Delimiters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A CSV file as {@link TableRows}: UTF-8 with or without BOM, ',' or the ';' of European-locale Excel or
 * tabs (judged on the header line), quoted multi-line cells. A pretty-printed text table saved as .csv
 * is refused rather than guessed at (FORMATS.md §0.6).
 */
public final class CsvTable implements TableRows {
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
        return new CsvTable(file, separatorOf(first));
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
        long row = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord r : csv) {
                row++;
                handler.row(r.getFields(), row, r.getStartingLineNumber());
            }
        } catch (CsvParseException e) {
            throw new BadInputException(file, row + 1, 0, null, "not valid CSV (" + shortReason(e)
                    + "). Check quoting, or export the file again as CSV UTF-8");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String shortReason(CsvParseException e) {
        String m = e.getMessage();
        return m == null ? "unreadable" : m.length() > 120 ? m.substring(0, 120) : m;
    }
}
