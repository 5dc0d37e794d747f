package io.steward.importers.generic;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.MappableImporter;
import io.steward.importers.csv.CsvInput;
import io.steward.importers.csv.Delimiters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code generic-csv}: a spreadsheet inventory of service accounts, keys and tokens exported as CSV, with
 * columns recognised by name through the synonym table of {@link Concept} (the same header matching as
 * the XLSX importer), or an explicit {@link ColumnMapping}; UTF-8 with or without BOM, separated by ','
 * ';' or tab. Detection is confident with an id or name column and one more recognised column; any other
 * CSV with a header is a weak candidate, so a file whose headers Steward does not know ends in
 * {@link io.steward.importers.columns.UnrecognisedHeadersException} (and a mapping) rather than "unknown
 * format". Other formats with a known header win over it.
 */
public final class GenericCsvImporter extends AbstractImporter implements MappableImporter {
    public static final String ID = "generic-csv";
    static final int MAX_FIELD = 64 * 1024;
    /** A CSV with a header none of whose columns Steward recognises: still a candidate, below any format that knows it. */
    static final int UNRECOGNISED_HEADER_CONFIDENCE = Detection.THRESHOLD;

    private final ColumnMapping mapping;

    public GenericCsvImporter() {
        this(ColumnMapping.empty());
    }

    private GenericCsvImporter(ColumnMapping mapping) {
        super(ID, "1",
                "Generic CSV inventory (id/name/type/owner/environment/created/last used/status/permissions...; "
                + "headers matched by synonyms, ',' ';' or tab, optional BOM)");
        this.mapping = mapping;
    }

    @Override
    public MappableImporter withMapping(ColumnMapping m) {
        return new GenericCsvImporter(m);
    }

    @Override
    public Detection detect(FileSample sample) {
        if (sample.json().isJson()) {
            return Detection.no("JSON, not CSV");
        }
        String first = sample.firstLine();
        if (Delimiters.looksLikeTextTable(sample.lines(2))) {
            return Detection.no("a pretty-printed text table, not CSV");
        }
        if (Delimiters.looksLikeProse(sample.lines(10))) {
            return Detection.no("text that is not a table (a document or prose): not an inventory");
        }
        char delimiter = Delimiters.detect(first);
        if (delimiter == 0) {
            return Detection.no("the first line has no ',' ';' or tab");
        }
        List<String> cells = List.of(first.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1));
        ColumnMapping.Resolved header = mapping.resolve(cells, Concept.INVENTORY);
        if (!(header.has(Concept.ID) || header.has(Concept.NAME)) || header.recognised() < 2) {
            if (cells.stream().filter(c -> !c.isBlank()).count() >= 2) {
                return Detection.likely(UNRECOGNISED_HEADER_CONFIDENCE, "a CSV whose header names no id or name column Steward"
                        + " recognises; a column mapping can say what its columns are");
            }
            return Detection.no("the header does not name an id or name column plus another known column");
        }
        return Detection.likely(Math.min(60 + header.recognised() * 3, 85), "CSV header with " + header.recognised()
                + " recognised inventory columns");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        FileSample sample = FileSample.of(file);
        if (Delimiters.looksLikeTextTable(sample.lines(2))) {
            throw io.steward.importers.spi.BadInputException.wholeFile(file, "this is a pretty-printed text table (with '|' borders),"
                    + " not CSV, even if it is named .csv. Export the data as CSV (e.g. --output csv) and import that");
        }
        if (Delimiters.looksLikeProse(sample.lines(10))) {
            throw io.steward.importers.spi.BadInputException.wholeFile(file, "this is text, not a table (a document or prose), so it is"
                    + " not an inventory. Import the inventory as CSV or XLSX with a header row");
        }
        char delimiter = Delimiters.detect(sample.firstLine());
        if (delimiter == 0) {
            throw new io.steward.importers.spi.BadInputException(file, 0, 1, null,
                    "the header line has no ',' ';' or tab separator, so this is not a CSV inventory");
        }
        // Relative ages (idle days, age in days) count back from the export; the file's time is the best guess of it.
        Instant exportedAt = Files.getLastModifiedTime(file).toInstant();
        try (CsvInput in = new CsvInput(file, Files.newInputStream(file), Files.size(file), delimiter, progress, MAX_FIELD, null)) {
            GenericRows rows = new GenericRows(file, sink, in, exportedAt, mapping);
            sink.source(sourceOf(file));
            rows.header();
            while (in.next()) {
                cancel.check();
                rows.row();
            }
            if (in.recordNo() == 0) {
                throw in.bad(0, "the file has a header but no rows");
            }
        }
    }

    @Override
    public String sourceOf(Path file) {
        return csvSource(file);
    }

    /** "csv:" + the (safe) file name without extension and without a trailing date or number, so monthly exports form one series. */
    static String csvSource(Path file) {
        String name = io.steward.importers.secrets.SafeFileName.of(file).name();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        String trimmed = stem.replaceAll("([-_ .]*(\\d{4}[-_.]?\\d{2}([-_.]?\\d{2})?|\\d+|v\\d+|copy|final))+$", "");
        return "csv:" + (trimmed.isBlank() ? stem : trimmed);
    }
}
