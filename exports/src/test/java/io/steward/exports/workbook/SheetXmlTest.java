package io.steward.exports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text cells of any length and content read back as written, through the buffer's boundaries. */
class SheetXmlTest {
    @Test
    void shortAndLongTextsWithEntitiesReadBackExactly() throws IOException {
        // 20,000 chars (more than a buffer holds escaped): room is made char by char; random, so it does not look like a zip bomb
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"&", "<", ">", "\"", "é", "𝄞", "x", "y", " ", "\n"};
        StringBuilder b = new StringBuilder("start");
        while (b.length() < 20_000) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        String longText = b.append("end").toString();
        String shortText = "a & b < c > \"d\" é 𝄞";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WorkbookWriter writer = new WorkbookWriter(out)) {
            TableSheet table = writer.table(new TableLayout("Texts", Column.text("Text", 40), Column.integer("N", 8)));
            for (int i = 0; i < 200; i++) {
                table.row(i % 2 == 0 ? shortText : longText, i);
            }
            table.finish();
            writer.finish();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("Texts");
            assertThat(sheet.getLastRowNum()).isEqualTo(200);
            for (int i = 0; i < 200; i++) {
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(i % 2 == 0 ? shortText : longText);
                assertThat(sheet.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(i);
            }
        }
    }
}
