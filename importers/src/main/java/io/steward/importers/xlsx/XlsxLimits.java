package io.steward.importers.xlsx;

import io.steward.importers.spi.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Limits for untrusted .xlsx files: a zip bomb, too many entries or a DOCTYPE (XXE) is refused
 * quickly with a clear message, before and while POI reads the file. The numbers are deliberate: real
 * inventory workbooks compress text about 5-20x (ratio 0.05-0.2) and hold a few dozen parts.
 */
public final class XlsxLimits {
    /** Smaller ratios (compressed / uncompressed) than this are a zip bomb: 1:100. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Largest uncompressed part: 2 GiB, room for a full sheet (Excel's 1,048,576 rows of ~300 bytes of XML each are
     * ~310 MB with eight columns). Parts are streamed, never held whole, so this bounds work, not memory; the inflate
     * ratio is what catches a bomb.
     */
    public static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;
    /** Most parts in one workbook. */
    public static final int MAX_ENTRIES = 1_000;
    /** Largest text POI will extract from one part. */
    public static final long MAX_TEXT_SIZE = 64L * 1024 * 1024;

    private XlsxLimits() {
    }

    /** Sets POI's process-wide ZipSecureFile limits to ours (idempotent). */
    public static void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    /**
     * Reads the zip's central directory only: refuses too many entries, declared sizes over the limit or a
     * declared ratio of a bomb, and any XML part that declares a DOCTYPE.
     */
    public static void check(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw BadInputException.wholeFile(file, "the workbook has " + zip.size() + " parts (more than " + MAX_ENTRIES
                        + "); real spreadsheets have a few dozen. It was refused as unsafe");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getSize() > MAX_ENTRY_SIZE) {
                    throw BadInputException.wholeFile(file, "part " + e.getName() + " unpacks to more than " + MAX_ENTRY_SIZE / (1024 * 1024)
                            + " MB; it was refused as a possible zip bomb");
                }
                if (e.getSize() > 1024 * 1024 && e.getCompressedSize() >= 0 && (double) e.getCompressedSize() / e.getSize() < MIN_INFLATE_RATIO) {
                    throw zipBomb(file, e.getName());
                }
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    refuseDoctype(file, zip, e);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw BadInputException.wholeFile(file, "this is not a readable .xlsx workbook (" + e.getMessage()
                    + "). Save it again from Excel as .xlsx, or export CSV");
        }
    }

    static BadInputException zipBomb(Path file, String part) {
        return BadInputException.wholeFile(file, "part " + part + " expands more than " + Math.round(1 / MIN_INFLATE_RATIO)
                + " times its packed size, the signature of a zip bomb; the workbook was refused");
    }

    /** A DOCTYPE can only sit in the prolog, before the root element: the first few KB tell. */
    private static void refuseDoctype(Path file, ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            int root = firstElement(head);
            int doctype = head.indexOf("<!DOCTYPE");
            if (doctype >= 0 && (root < 0 || doctype < root)) {
                throw BadInputException.wholeFile(file, "part " + e.getName() + " declares a DOCTYPE, which spreadsheets never need "
                        + "and which can read local files (XXE); the workbook was refused");
            }
        }
    }

    private static int firstElement(String xml) {
        for (int i = xml.indexOf('<'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('<', i + 1)) {
            char c = xml.charAt(i + 1);
            if (c != '?' && c != '!') {
                return i;
            }
        }
        return -1;
    }
}
