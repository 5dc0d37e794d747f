package io.steward.exports.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.steward.exports.inventory.InventoryExport.Selection;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.SnapshotFixtures;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports from a real ledger into real files: order, paging, columns, formula safety, permissions, cancel. */
class InventoryExportTest {
    static final int IDENTITIES = 2_345; // more than two pages of InventoryExport.PAGE
    static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    @TempDir
    Path dir;
    Store store;
    InventoryExport export;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("ledger.steward"));
        List<IdentityRecord> records = new ArrayList<>();
        for (int i = 0; i < IDENTITIES; i++) {
            records.add(IdentityRecord.builder("arn:aws:iam::111111111111:user/svc-" + i, i % 2 == 0 ? "iam-user" : "role")
                    .name(i == 7 ? "=HYPERLINK(\"http://evil\")" : String.format("svc-%04d", i))
                    .ownerHint(i % 3 == 0 ? "payments" : null)
                    .enabled(true)
                    .createdAt(T0.plusSeconds(i))
                    .credentials(List.of(new CredentialRecord("key1", "AKIA********WXYZ", "aws-access-key", true, T0, T0, null, null)))
                    .grants(List.of(new GrantRecord("s3:GetObject", "arn:aws:s3:::bucket/*", "policy/reader", null)))
                    .at(i + 1, i + 2).build());
        }
        new SnapshotFixtures(store).write("aws:111111111111", "aws-credential-report", T0, records);
        export = new InventoryExport(new InventoryQuery(store));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void csvFileHasEverySelectedIdentityInOrderWithABomAndNoLiveFormula() throws Exception {
        Path file = dir.resolve("identities.csv");
        List<long[]> progress = new ArrayList<>();

        long written = export.writeFile(Selection.all(IdentityFilter.ALL, IdentitySort.CREATED, true), ExportFormat.CSV, file,
                (done, total) -> progress.add(new long[] {done, total}), () -> false);

        assertThat(written).isEqualTo(IDENTITIES);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new String(bytes, StandardCharsets.UTF_8).substring(1))) {
            rows = csv.stream().toList();
        }
        assertThat(rows.get(0).getFields()).isEqualTo(InventoryExport.CSV_COLUMNS);
        assertThat(rows).hasSize(IDENTITIES + 1);
        assertThat(rows.get(1).getField(0)).as("key (an ARN is its own key)")
                .isEqualTo("arn:aws:iam::111111111111:user/svc-" + (IDENTITIES - 1)); // newest first
        assertThat(rows.get(1).getField(1)).isEqualTo("arn:aws:iam::111111111111:user/svc-" + (IDENTITIES - 1));
        assertThat(rows.get(IDENTITIES).getField(1)).isEqualTo("arn:aws:iam::111111111111:user/svc-0");
        assertThat(rows.stream().map(r -> r.getField(5))).contains("'=HYPERLINK(\"http://evil\")")
                .noneMatch(name -> name.startsWith("="));
        assertThat(rows.get(1).getField(11)).isEqualTo("none"); // risk: no findings computed here
        assertThat(rows.get(1).getField(12)).isEqualTo("0"); // open findings
        assertThat(rows.get(1).getField(13)).isEqualTo("1"); // credentials
        assertThat(rows.get(1).getField(14)).isEqualTo("1"); // grants
        assertThat(progress.get(progress.size() - 1)).containsExactly(IDENTITIES, IDENTITIES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void jsonFileCarriesCredentialsAndGrantsAndHonoursFilterAndLimit() throws Exception {
        Path file = dir.resolve("payments.json");
        IdentityFilter payments = new IdentityFilter(null, null, null, "payments", null, null);

        long written = export.writeFile(new Selection(payments, IdentitySort.NAME, false, 50), ExportFormat.JSON, file,
                InventoryExport.Progress.NONE, () -> false);

        JsonNode array = new ObjectMapper().readTree(file.toFile());
        assertThat(written).isEqualTo(50);
        assertThat(array).hasSize(50);
        assertThat(array).allSatisfy(o -> assertThat(o.get("ownerHint").asText()).isEqualTo("payments"));
        JsonNode first = array.get(0);
        assertThat(first.get("name").asText()).isEqualTo("svc-0000");
        assertThat(first.get("credentials").get(0).get("maskedId").asText()).isEqualTo("AKIA********WXYZ");
        assertThat(first.get("grants").get(0).get("privilege").asText()).isEqualTo("s3:GetObject");
        assertThat(first.get("createdAt").asText()).isEqualTo("2024-05-01T00:00:00Z");
    }

    @Test
    void aCancelledExportLeavesNoFileAndAnEarlierFileOfThatNameIntact() throws Exception {
        Path file = dir.resolve("identities.csv");
        Files.writeString(file, "an earlier export\n");
        AtomicInteger checks = new AtomicInteger();

        assertThatThrownBy(() -> export.writeFile(Selection.all(IdentityFilter.ALL, IdentitySort.NAME, false), ExportFormat.CSV, file,
                InventoryExport.Progress.NONE, () -> checks.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class);

        assertThat(Files.readString(file)).isEqualTo("an earlier export\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void formatFollowsTheFileExtension() {
        assertThat(ExportFormat.of(Path.of("a/Inventory.CSV"))).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of(Path.of("inventory.json"))).contains(ExportFormat.JSON);
        assertThat(ExportFormat.of(Path.of("inventory.xlsx"))).isEmpty();
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
