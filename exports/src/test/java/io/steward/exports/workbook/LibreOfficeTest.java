package io.steward.exports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.ItemFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in a real spreadsheet program: LibreOffice headless converts every sheet to CSV (it
 * refuses or repairs a damaged file), and the values are checked. Skipped, saying so, without LibreOffice.
 */
class LibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsEverySheetWithTheValuesWritten() throws Exception {
        String soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the workbook was not opened in a spreadsheet program."
                + " Install it with apt-get install libreoffice-calc to run this test.");
        Path xlsx = dir.resolve("q4.xlsx");
        List<CampaignItem> items;
        try (WorkbookFixture fixture = new WorkbookFixture(dir.resolve("ledger")).fill(5).campaign()) {
            fixture.export(TableSheet.MAX_ROWS).write(fixture.campaignRequest(), xlsx, WorkbookExport.Progress.NONE, () -> false);
            items = fixture.campaigns.items().page(WorkbookFixture.CAMPAIGN, ItemFilter.ALL, 0, 100);
        }
        Path out = Files.createDirectories(dir.resolve("csv"));
        // Filter options: comma, double quote, UTF-8, first line 1, ..., sheet -1 = every sheet to its own file.
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();

        String attestations = Files.readString(out.resolve("q4-Attestations.csv"), StandardCharsets.UTF_8);
        List<List<String>> rows;
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(attestations)) {
            rows = csv.stream().map(de.siegmar.fastcsv.reader.CsvRecord::getFields).toList();
        }
        assertThat(rows.get(0)).startsWith("Item", "Identity key", "Name", "Source", "Kind", "Owner", "Reviewer", "Decision", "Comment");
        assertThat(rows).hasSize(items.size() + 1);
        for (CampaignItem i : items) {
            List<String> row = rows.get((int) i.itemNo());
            assertThat(row.get(0)).isEqualTo(String.valueOf(i.itemNo()));
            assertThat(row.get(1)).isEqualTo(i.identity());
            // Line breaks at the start of a name do not survive the CSV round trip; the text after them must.
            assertThat(row.get(2).strip()).isEqualTo(io.steward.model.text.SpreadsheetText.cellText(i.name()).strip());
            assertThat(row.get(7)).isEqualTo(i.decision() == null ? "" : i.decision());
            assertThat(row.get(8)).isEqualTo(i.comment() == null ? "" : i.comment());
        }
        // A formula trigger is kept as text, exactly: LibreOffice did not evaluate it.
        assertThat(attestations).contains("\"=HYPERLINK(\"\"http://evil\"\") still needed\"");
        assertThat(attestations).doesNotContain("#NAME?").doesNotContain("Err:");
        assertThat(Files.readString(out.resolve("q4-Summary.csv"))).contains("Campaign," + WorkbookFixture.CAMPAIGN);
        assertThat(Files.readString(out.resolve("q4-Ledger.csv")).lines().skip(1).findFirst().orElseThrow())
                .matches("\\d+,2026-11-01 \\d\\d:\\d\\d:\\d\\d\\.000,.*");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).contains("q4-Evidence.csv", "q4-Findings.csv",
                    "q4-Remediation.csv", "q4-Frameworks.csv", "q4-Ownership changes.csv", "q4-Step-up decisions.csv");
        }
    }
}
