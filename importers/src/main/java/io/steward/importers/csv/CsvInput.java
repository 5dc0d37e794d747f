package io.steward.importers.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonErrors;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Strict streaming CSV over FastCSV: UTF-8 only (a bad byte is an error, not a replacement character),
 * a leading BOM skipped, every record must have the header's field count, fields longer than a limit are
 * refused. Errors become {@link BadInputException}s naming the line, never a field's value.
 */
public final class CsvInput implements Closeable {
    private static final int PROGRESS_EVERY = 4_096;

    private final Path file;
    private final String where;
    private final CountingInputStream counter;
    private final long totalBytes;
    private final ImportProgress progress;
    private final int maxFieldLength;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private String[] header;
    private CsvRecord current;
    private long recordNo;
    private long lastLine;

    /**
     * @param raw      the bytes (a BOM is skipped); closed with this input
     * @param where    how messages name the data inside the file (e.g. "Content"), or {@code null} for the file itself
     */
    public CsvInput(Path file, InputStream raw, long totalBytes, char delimiter, ImportProgress progress, int maxFieldLength,
                    String where) {
        this(file, raw, totalBytes, delimiter, progress, maxFieldLength, where, false);
    }

    /**
     * @param ragged whether records may have more or fewer fields than the header (spreadsheets saved as CSV,
     *               whose title rows above the real header and trailing empty cells vary in width)
     */
    public CsvInput(Path file, InputStream raw, long totalBytes, char delimiter, ImportProgress progress, int maxFieldLength,
                    String where, boolean ragged) {
        this.file = file;
        this.where = where;
        this.counter = raw instanceof CountingInputStream c ? c : new CountingInputStream(raw);
        this.totalBytes = totalBytes;
        this.progress = progress;
        this.maxFieldLength = maxFieldLength;
        InputStream in = skipBom(new BufferedInputStream(counter, 1 << 16));
        InputStreamReader chars = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .allowExtraFields(ragged).allowMissingFields(ragged)
                .maxBufferSize(Math.max(maxFieldLength * 4, 1 << 20))
                .ofCsvRecord(chars);
        this.records = reader.iterator();
    }

    private static InputStream skipBom(BufferedInputStream in) {
        try {
            in.mark(3);
            byte[] b = in.readNBytes(3);
            if (b.length < 3 || b[0] != (byte) 0xEF || b[1] != (byte) 0xBB || b[2] != (byte) 0xBF) {
                in.reset();
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the header record; a file without one is bad input. */
    public String[] header() {
        if (header == null) {
            if (!advance()) {
                throw bad(0, "there is no header line: the data is empty");
            }
            header = current.getFields().toArray(String[]::new);
            recordNo = 0;
        }
        return header;
    }

    /** Moves to the next data record; {@code false} at the end. */
    public boolean next() {
        header();
        if (!advance()) {
            progress.update(counter.count(), totalBytes, recordNo);
            return false;
        }
        recordNo++;
        if ((recordNo % PROGRESS_EVERY) == 0) {
            progress.update(counter.count(), totalBytes, recordNo);
        }
        return true;
    }

    private boolean advance() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CharacterCodingException || cause instanceof UncheckedIOException u
                    && u.getCause() instanceof CharacterCodingException) {
                throw bad(lastLine + 1, "the data is not valid UTF-8 near this line. Save the file as UTF-8 and import it again");
            }
            throw bad(lastLine + 1, csvMessage(e));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw bad(lastLine + 1, "the data is not valid UTF-8 near this line. Save the file as UTF-8 and import it again");
            }
            throw bad(lastLine + 1, "cannot read the file: " + e.getCause().getMessage());
        }
        lastLine = current.getStartingLineNumber();
        int n = current.getFieldCount();
        for (int i = 0; i < n; i++) {
            if (current.getField(i).length() > maxFieldLength) {
                throw new BadInputException(file, recordNo + 1, lastLine, header == null ? "column " + (i + 1) : header[i],
                        label() + "a field is " + current.getField(i).length() + " characters long; fields over "
                                + maxFieldLength + " characters are refused in this format. Is this the right file?");
            }
        }
        return true;
    }

    private String csvMessage(CsvParseException e) {
        String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        if (m != null && m.contains("fields, but first record had")) {
            return "this line has a different number of fields than the header (" + JsonErrors.safe(m)
                    + "). The file may be truncated, use another delimiter, or hold unquoted delimiters";
        }
        return "not valid CSV: " + JsonErrors.safe(m);
    }

    public String field(int i) {
        return current.getField(i);
    }

    public int fieldCount() {
        return current.getFieldCount();
    }

    /** 1-based number of the current data record (the header is record 0). */
    public long recordNo() {
        return recordNo;
    }

    /** Line where the current record starts, counted in the CSV data. */
    public long line() {
        return current.getStartingLineNumber();
    }

    public BadInputException bad(long line, String reason) {
        return new BadInputException(file, recordNo, line, null, label() + reason);
    }

    public BadInputException badField(String field, String reason) {
        return new BadInputException(file, recordNo, line(), field, label() + reason);
    }

    private String label() {
        return where == null ? "" : "in " + where + ": ";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
