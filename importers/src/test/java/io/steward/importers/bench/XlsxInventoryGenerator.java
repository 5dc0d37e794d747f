package io.steward.importers.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx inventory as Excel stores one: every text in the workbook's shared strings table, cells naming them
 * by index. Columns id, name, kind, owner, environment, status, last_used, description; id, name and description are
 * distinct on every row, so a file of N rows has about 3N shared strings (a million rows: ~3 million strings, ~190 MB of
 * text unpacked). The parts are streamed straight into the zip, so the generator itself needs little memory (POI's
 * SXSSF keeps the shared strings table of the file it writes on the heap). Deterministic for a given seed; clean (no
 * secret material). At most 1,048,575 data rows (Excel's sheet limit).
 * <p>
 * Usage: {@code XlsxInventoryGenerator OUT.xlsx [ROWS=1000000] [SEED=42] [DESCRIPTION_WORDS=10]}
 */
public final class XlsxInventoryGenerator {
    public static final int MAX_ROWS = 1_048_575;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String[] HEADER = {"id", "name", "kind", "owner", "environment", "status", "last_used", "description"};
    private static final String[] KINDS = {"service account", "api key", "bot", "deploy key", "oauth app", "robot account"};
    private static final String[] ENVIRONMENTS = {"prod", "staging", "dev", "test"};
    private static final String[] STATUS = {"Active", "Active", "Active", "Disabled"};
    private static final String[] WORDS = {"nightly", "export", "billing", "ledger", "sync", "reports", "for", "the", "team",
        "pipeline", "scanner", "backup", "archive", "customer", "orders", "payments", "invoices", "metrics", "alerts", "mirror",
        "warehouse", "catalog", "search", "index", "queue", "worker", "cron", "legacy", "migration", "cleanup"};
    private static final String[] TEAMS = {"payments", "ledger", "search", "data", "platform", "identity", "billing", "growth"};
    private static final int OWNERS = 500;
    private static final int DAYS = 730;

    private final long seed;
    private final int descriptionWords;
    private final List<String> constants = new ArrayList<>();
    private final int kinds;
    private final int environments;
    private final int status;
    private final int owners;
    private final int days;
    private final int uniques;

    private XlsxInventoryGenerator(long seed, int descriptionWords) {
        this.seed = seed;
        this.descriptionWords = descriptionWords;
        constants.addAll(List.of(HEADER));
        kinds = add(KINDS);
        environments = add(ENVIRONMENTS);
        status = add(new String[] {"Active", "Disabled"});
        owners = constants.size();
        for (int i = 0; i < OWNERS; i++) {
            constants.add(TEAMS[i % TEAMS.length] + "-owner-" + i + "@example.com");
        }
        days = constants.size();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < DAYS; i++) {
            constants.add(start.plusDays(i).toString());
        }
        uniques = constants.size();
    }

    private int add(String[] values) {
        int at = constants.size();
        constants.addAll(List.of(values));
        return at;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        write(out, rows, seed, args.length > 3 ? Integer.parseInt(args[3]) : 10);
    }

    /** Writes {@code rows} data rows (plus the header row) to {@code out}, each description {@code descriptionWords} words long. */
    public static Path write(Path out, int rows, long seed, int descriptionWords) throws IOException {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be 1.." + MAX_ROWS + " (one sheet)");
        }
        new XlsxInventoryGenerator(seed, descriptionWords).writeTo(out, rows);
        return out;
    }

    private void writeTo(Path file, int rows) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(1);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + "<sheet name=\"Inventory\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>");
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            long unique = uniques + 3L * rows;
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\" count=\""
                    + (8L * (rows + 1)) + "\" uniqueCount=\"" + unique + "\">");
            for (String s : constants) {
                si(w, s);
            }
            for (int r = 1; r <= rows; r++) {
                String[] u = uniqueTexts(r);
                for (String s : u) {
                    si(w, s);
                }
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            int[] header = new int[HEADER.length];
            for (int c = 0; c < header.length; c++) {
                header[c] = c;
            }
            row(w, 1, header);
            for (int r = 1; r <= rows; r++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + r);
                int base = uniques + 3 * (r - 1);
                row(w, r + 1, new int[] {base, base + 1, kinds + random.nextInt(KINDS.length), owners + random.nextInt(OWNERS),
                    environments + random.nextInt(ENVIRONMENTS.length), status + (STATUS[random.nextInt(STATUS.length)].equals("Active") ? 0 : 1),
                    days + random.nextInt(DAYS), base + 2});
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    /** The row's distinct texts: id, name, description. */
    private String[] uniqueTexts(int r) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + r);
        String team = TEAMS[random.nextInt(TEAMS.length)];
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < descriptionWords; i++) {
            description.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        description.append(" #").append(r);
        return new String[] {String.format("svc-%07d", r), team + "-" + WORDS[random.nextInt(WORDS.length)] + "-" + r,
            description.toString()};
    }

    private static void si(Writer w, String s) throws IOException {
        w.write("<si><t>");
        w.write(s.replace("&", "&amp;").replace("<", "&lt;"));
        w.write("</t></si>");
    }

    private static void row(Writer w, int r, int[] strings) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int c = 0; c < strings.length; c++) {
            w.write("<c r=\"" + (char) ('A' + c) + r + "\" t=\"s\"><v>" + strings[c] + "</v></c>");
        }
        w.write("</row>");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
