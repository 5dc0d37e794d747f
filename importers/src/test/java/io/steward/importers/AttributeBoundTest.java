package io.steward.importers;

import static io.steward.model.db.Tables.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spreadsheet.XlsxWorkbooks;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.query.SnapshotCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files with thousands of unknown columns: each identity keeps a bounded prefix of them, and the file says so once. */
class AttributeBoundTest extends LedgerTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COLUMNS = 10_000;
    private static final int ROWS = 40;

    @Test
    void aCsvWithTenThousandUnknownColumnsKeepsTheFirstColumnsUpToTheBoundAndWarnsOncePerFile() throws Exception {
        Path csv = wideCsv(dir.resolve("wide-export.csv"));

        ImportReport report = service.commit(csv, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);

        assertThat(report.counts().identities()).isEqualTo(ROWS);
        List<String> stored = store.read(ctx -> ctx.select(IDENTITY.ATTRIBUTES).from(IDENTITY).fetch(IDENTITY.ATTRIBUTES));
        assertThat(stored).hasSize(ROWS);
        for (String json : stored) {
            assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AttributeBound.MAX_JSON_BYTES);
            List<String> keys = keys(JSON.readTree(json));
            assertThat(keys.size()).isLessThanOrEqualTo(AttributeBound.MAX_KEYS).isGreaterThan(100);
            // the first unknown columns in the file's order, none after a gap
            assertThat(keys).contains(column(1)).doesNotContain(column(COLUMNS - 2));
            for (int c = 1; c <= keys.size(); c++) {
                assertThat(keys).contains(column(c));
            }
        }
        List<ImportIssue> bounded = new SnapshotCatalog(store).issues(report.snapshot().id(), ImportIssue.Severity.WARNING, 1_000)
                .stream().filter(i -> i.rule().equals(AttributeBound.RULE)).toList();
        assertThat(bounded).singleElement().satisfies(i -> {
            assertThat(i.recordNo()).isEqualTo(1);
            assertThat(i.lineNo()).isEqualTo(2);
            assertThat(i.message()).startsWith(ROWS + " identities had more than 200 attributes or 16 KiB of them")
                    .contains("kept the first in column order").contains("Map the columns you need in the column-mapping editor");
        });
        assertThat(report.counts().warnings()).isEqualTo(1);
    }

    @Test
    void aWorkbookWithThousandsOfUnknownColumnsIsBoundedAlike() throws Exception {
        int columns = 1_000;
        List<String> header = new ArrayList<>(List.of("id", "name"));
        for (int c = 1; c <= columns - 2; c++) {
            header.add(column(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            List<Object> row = new ArrayList<>(List.of("svc-" + r, "service " + r));
            for (int c = 1; c <= columns - 2; c++) {
                row.add("value " + c);
            }
            rows.add(row);
        }
        Path xlsx = XlsxWorkbooks.write(dir.resolve("wide-inventory.xlsx"), null, header, rows);

        ImportReport report = service.commit(xlsx, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);

        List<String> tags = store.read(ctx -> ctx.select(IDENTITY.TAGS).from(IDENTITY).fetch(IDENTITY.TAGS));
        assertThat(tags).hasSize(3).allSatisfy(json -> {
            assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AttributeBound.MAX_JSON_BYTES);
            assertThat(keys(JSON.readTree(json))).hasSizeLessThanOrEqualTo(AttributeBound.MAX_KEYS).contains(column(1));
        });
        assertThat(report.warnings()).filteredOn(i -> i.rule().equals(AttributeBound.RULE)).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith("3 identities had"));
    }

    @Test
    void aFileWithAFewColumnsIsStoredWhole() throws Exception {
        Path csv = dir.resolve("narrow.csv");
        Files.writeString(csv, "id,name,colour,floor\nsvc-1,scanner,blue,3\n");

        ImportReport report = service.commit(csv, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);

        String json = store.read(ctx -> ctx.select(IDENTITY.ATTRIBUTES).from(IDENTITY).fetchOne(IDENTITY.ATTRIBUTES));
        assertThat(keys(JSON.readTree(json))).contains("colour", "floor");
        assertThat(report.warnings()).noneMatch(i -> i.rule().equals(AttributeBound.RULE));
    }

    @Test
    void aColumnMappedToIgnoreIsNotKeptAsAnAttributeOrALabel() throws Exception {
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "id,name,colour,notes\nsvc-1,scanner,blue,call bob\n");
        Path xlsx = XlsxWorkbooks.write(dir.resolve("notes.xlsx"), null, List.of("id", "name", "colour", "notes"),
                List.of(List.<Object>of("svc-2", "printer", "red", "call eve")));
        ImportOptions ignoreNotes = ImportOptions.detect("tester")
                .withMapping(io.steward.importers.columns.ColumnMapping.fromIds(java.util.Map.of("notes", "ignore")), false);

        service.commit(csv, ignoreNotes, ImportProgress.NONE, Cancellation.NEVER);
        service.commit(xlsx, ignoreNotes, ImportProgress.NONE, Cancellation.NEVER);

        List<String> stored = store.read(ctx -> ctx.select(IDENTITY.ATTRIBUTES, IDENTITY.TAGS).from(IDENTITY)
                .fetch(r -> r.value1() + " " + r.value2()));
        assertThat(stored).hasSize(2).allSatisfy(row -> assertThat(row).doesNotContain("notes").doesNotContain("call "));
        assertThat(String.join(" ", stored)).contains("blue", "red");
    }

    @Test
    void theByteBoundKeepsAPrefixEvenWhenFewKeysAreLarge() throws Exception {
        Path csv = dir.resolve("big-cells.csv");
        String big = "x".repeat(6_000);
        Files.writeString(csv, "id,name,a,b,c,d\nsvc-1,scanner," + big + "," + big + "," + big + ",small\n");

        ImportReport report = service.commit(csv, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);

        String json = store.read(ctx -> ctx.select(IDENTITY.ATTRIBUTES).from(IDENTITY).fetchOne(IDENTITY.ATTRIBUTES));
        assertThat(keys(JSON.readTree(json))).contains("a", "b").doesNotContain("c", "d");
        assertThat(report.warnings()).filteredOn(i -> i.rule().equals(AttributeBound.RULE)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("here 2 keys"));
    }

    private static Path wideCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,name");
            for (int c = 1; c <= COLUMNS - 2; c++) {
                w.write(',');
                w.write(column(c));
            }
            w.newLine();
            for (int r = 1; r <= ROWS; r++) {
                w.write("svc-" + r + ",service " + r);
                for (int c = 1; c <= COLUMNS - 2; c++) {
                    w.write(",value " + c);
                }
                w.newLine();
            }
        }
        return file;
    }

    private static String column(int c) {
        return String.format("extra %05d", c);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }
}
