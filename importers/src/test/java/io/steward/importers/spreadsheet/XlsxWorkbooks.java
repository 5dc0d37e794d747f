package io.steward.importers.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real .xlsx files for tests: normal workbooks with POI, hostile ones (bomb, many parts, XXE) by hand. */
public final class XlsxWorkbooks {
    private XlsxWorkbooks() {
    }

    /** A workbook whose first rows are a merged title and a blank row, then {@code header} and {@code rows}; Dates become date cells. */
    public static Path write(Path file, String title, List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Inventory");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            int r = 0;
            if (title != null) {
                sheet.createRow(r).createCell(0).setCellValue(title);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.size() - 1));
                r += 2; // and one blank row
            }
            Row h = sheet.createRow(r++);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** Copies a workbook, replacing (or adding) parts. */
    static Path withParts(Path source, Path target, java.util.Map<String, byte[]> replace, int extraEmptyParts) throws IOException {
        try (var in = new java.util.zip.ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(replace.containsKey(e.getName()) ? replace.get(e.getName()) : in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
            for (var add : replace.entrySet()) {
                if (in.getEntry(add.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(add.getKey()));
                    out.write(add.getValue());
                    out.closeEntry();
                }
            }
            for (int i = 0; i < extraEmptyParts; i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.write("<a/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }
}
