package io.steward.importers.xlsx;

import io.steward.model.store.OwnerOnlyFiles;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings table (every distinct text of the workbook, which cells name by index) kept in an
 * owner-only temporary file instead of the heap: each string's UTF-8 bytes are appended as the part is parsed, and only
 * their offsets (8 bytes a string) stay in memory; look-ups read the file in 64 KiB blocks, the most recent
 * {@value #CACHED_BLOCKS} of them cached (cells name strings roughly in the order the table lists them). POI's own
 * read-only table holds every string on the heap, which for a workbook of a million rows of distinct names is
 * hundreds of MB. The file is deleted on {@link #close()}. Texts are read as POI's read-only table reads them
 * (the runs of a rich text joined; phonetic runs included).
 */
final class SpilledSharedStrings extends DefaultHandler implements SharedStrings, Closeable {
    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    private final Path dir;
    private final Path data;
    private OutputStream out;
    private long[] offsets = new long[1024];
    private int size;
    private long written;
    private int count;
    private static final int BLOCK_BITS = 16;
    private static final int CACHED_BLOCKS = 64;
    private FileChannel channel;
    private final java.util.LinkedHashMap<Long, byte[]> blocks = new java.util.LinkedHashMap<>(CACHED_BLOCKS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, byte[]> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private SpilledSharedStrings() throws IOException {
        dir = OwnerOnlyFiles.createTempDirectory("steward-xlsx");
        data = dir.resolve("shared-strings.bin");
        OwnerOnlyFiles.createFile(data);
        out = new BufferedOutputStream(Files.newOutputStream(data, StandardOpenOption.WRITE), 1 << 16);
    }

    /** Reads the part {@code sst} (null: the workbook has no shared strings) into a new temporary file. */
    static SpilledSharedStrings read(InputStream sst) throws IOException, SAXException, ParserConfigurationException {
        SpilledSharedStrings strings = new SpilledSharedStrings();
        try {
            if (sst != null) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(strings);
                xml.parse(new InputSource(sst));
            }
            strings.out.close();
            strings.out = null;
            strings.channel = FileChannel.open(strings.data, StandardOpenOption.READ);
            return strings;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                String c = attributes.getValue("count");
                count = c == null ? 0 : parseCount(c);
            }
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> {
                inPhonetic = true;
                if (text.length() > 0) {
                    text.append(' ');
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "si" -> append(text.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    private void append(String s) throws SAXException {
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new SAXException("cannot write the workbook's shared strings to a temporary file: " + e.getMessage(), e);
        }
        offsets[size++] = written;
        written += bytes.length;
        offsets[size] = written;
    }

    private static int parseCount(String c) {
        try {
            return Integer.parseInt(c.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= size) {
            throw new IllegalArgumentException("a cell names shared string " + idx + " but the workbook has " + size);
        }
        long from = offsets[idx];
        int length = (int) (offsets[idx + 1] - from);
        try {
            long block = from >>> BLOCK_BITS;
            int at = (int) (from & ((1 << BLOCK_BITS) - 1));
            if (at + length <= 1 << BLOCK_BITS) {
                return new XSSFRichTextString(new String(block(block), at, length, StandardCharsets.UTF_8));
            }
            return new XSSFRichTextString(new String(readAt(from, length), StandardCharsets.UTF_8)); // spans two blocks
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the workbook's shared strings from the temporary file", e);
        }
    }

    private byte[] block(long block) throws IOException {
        byte[] bytes = blocks.get(block);
        if (bytes == null) {
            long from = block << BLOCK_BITS;
            bytes = readAt(from, (int) Math.min(1 << BLOCK_BITS, written - from));
            blocks.put(block, bytes);
        }
        return bytes;
    }

    private byte[] readAt(long position, int length) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException("the temporary shared strings file ended early");
            }
        }
        return buffer.array();
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return size;
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the file is deleted below
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the file is deleted below
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SpilledSharedStrings.class).warn("Could not delete the temporary folder {}: {}", dir,
                    e.getMessage());
        }
    }
}
