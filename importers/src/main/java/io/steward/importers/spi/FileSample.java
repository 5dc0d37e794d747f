package io.steward.importers.spi;

import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.JsonShape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a file (first {@value #SIZE} bytes) that importers judge by content. Decoding is UTF-8
 * with a leading BOM removed; a multi-byte character cut at the end of the sample is tolerated.
 */
public final class FileSample {
    public static final int SIZE = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final byte[] head;
    private final long size;
    private String text;
    private JsonShape json;

    private FileSample(Path file, byte[] head, long size) {
        this.file = file;
        this.head = head;
        this.size = size;
    }

    public static FileSample of(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new FileSample(file, in.readNBytes(SIZE), size);
        }
    }

    /** For tests and in-memory inputs. */
    public static FileSample of(Path file, byte[] head, long size) {
        return new FileSample(file, head.length > SIZE ? java.util.Arrays.copyOf(head, SIZE) : head, size);
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Lower-case file name extension without the dot, or "" when there is none. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public long size() {
        return size;
    }

    /** True when the whole file fits in the sample. */
    public boolean complete() {
        return size <= head.length;
    }

    public boolean hasUtf8Bom() {
        return startsWith(UTF8_BOM);
    }

    /** The sample decoded as UTF-8 without BOM; invalid bytes become U+FFFD (use {@link #problem()} first). */
    public String text() {
        if (text == null) {
            int offset = hasUtf8Bom() ? UTF8_BOM.length : 0;
            text = new String(head, offset, head.length - offset, StandardCharsets.UTF_8);
        }
        return text;
    }

    /** Up to {@code max} non-blank lines from the start of the sample (the last one may be cut off). */
    public List<String> lines(int max) {
        List<String> out = new ArrayList<>();
        for (String line : text().split("\r\n|\n|\r", max * 4 + 1)) {
            if (!line.isBlank()) {
                out.add(line);
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    public String firstLine() {
        List<String> l = lines(1);
        return l.isEmpty() ? "" : l.get(0);
    }

    /** The sample's JSON shape (tolerant of the sample being cut off). */
    public JsonShape json() {
        if (json == null) {
            json = JsonShape.of(text());
        }
        return json;
    }

    /** The first non-whitespace character of the text, or 0. */
    public char firstSignificantChar() {
        String t = text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Whether this is an Excel .xlsx workbook: a zip (local-file magic {@code PK\3\4}) whose entries, as
     * far as the sample reaches, include the OOXML content-types part and the {@code xl/} folder. Other
     * zips (.docx, archives) do not qualify, whatever their name.
     */
    public boolean isXlsxWorkbook() {
        if (!startsWith(ZIP_MAGIC)) {
            return false;
        }
        String bytes = new String(head, StandardCharsets.ISO_8859_1); // one char per byte: entry names are ASCII
        return bytes.contains("[Content_Types].xml") && bytes.contains("xl/");
    }

    /**
     * Why no importer can read this file at all (empty, binary, UTF-16, not UTF-8), or {@code null} when
     * the sample is plausible text or an .xlsx workbook (which only the workbook importers accept).
     */
    public String problem() {
        if (size == 0 || head.length == 0) {
            return "the file is empty. Export the inventory again and check that the download finished";
        }
        if (isXlsxWorkbook()) {
            return null;
        }
        if (startsWith(new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return "the file is encoded as UTF-16. Save it as UTF-8 (e.g. in Excel: CSV UTF-8) and import it again";
        }
        int nul = indexOf((byte) 0);
        if (nul >= 0) {
            return "the file is binary (it contains NUL bytes, first at byte " + nul + "), not a text export. "
                    + "Import the CSV or JSON export, not a spreadsheet, archive or database file";
        }
        long badAt = firstInvalidUtf8();
        if (badAt >= 0) {
            return "the file is not valid UTF-8 (first bad byte at offset " + badAt + ", line " + lineAt((int) badAt)
                    + "). Save it as UTF-8 and import it again";
        }
        if (text().isBlank()) {
            return "the file holds only whitespace. Export the inventory again";
        }
        return null;
    }

    /** 1-based line number of a byte offset in the sample. */
    public int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, head.length); i++) {
            if (head[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private long firstInvalidUtf8() {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult r = d.decode(in, out, complete());
        if (r.isError()) {
            return in.position();
        }
        if (complete()) {
            try {
                r = d.flush(out);
                if (r.isError()) {
                    return in.position();
                }
            } catch (IllegalStateException e) {
                return in.position();
            }
        }
        return -1;
    }

    private boolean startsWith(byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte b) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes strictly; used by importers that need the reason for a bad byte. */
    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
