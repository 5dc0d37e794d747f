package io.steward.importers.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.steward.importers.BadInputException;
import io.steward.importers.FileSample;
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
        if (first.startsWith("+-") || first.startsWith("|") || first.startsWith("┌") || first.startsWith("╭")) {
            throw BadInputException.wholeFile(file, "this is a pretty-printed text table, not CSV. Export the data as CSV "
                    + "(e.g. --output csv) and import that file");
        }
        return new CsvTable(file, separatorOf(first));
    }

    /** The separator the header line uses most: ',' ';' or tab (quoted text ignored). */
    public static char separatorOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
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
                    + "). Check quoting, or export the file again as CSV UTF-8", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String shortReason(CsvParseException e) {
        String m = e.getMessage();
        return m == null ? "unreadable" : m.length() > 120 ? m.substring(0, 120) : m;
    }
}
