package io.steward.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.ImportIssue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import io.steward.importers.secrets.SecretGuard;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CMDB export whose endpoint column holds connection strings, some with passwords: imported as CSV and as an .xlsx
 * workbook, each password is replaced by [redacted] with scheme, user and host kept, reported as url-credentials, and
 * absent from the ledger file and its WAL; endpoints without a password (or with a placeholder) are stored as they are.
 */
class CmdbConnectionStringsTest {
    @TempDir
    Path dir;

    static final Path CMDB = SecretGuardRates.CORPUS.resolve("cmdb-connections.csv");
    static final List<String> PASSWORDS = List.of("Xq7-Pg-pass-2024", "rabbit-Secret-42", "cache-pass-99", "hunter2hunter2",
            "pa55w0rd-2024", "Azure-SQL-pw-7");
    static final Map<String, String> STORED = Map.of(
            "svc-cmdb-001", "postgres://inventory_rw:[redacted]@pg-prod-01.corp.example:5432/inventory",
            "svc-cmdb-002", "postgres://inventory_ro@pg-prod-01.corp.example:5432/inventory",
            "svc-cmdb-003", "amqps://orders:[redacted]@mq.example.com:5671/prod",
            "svc-cmdb-004", "redis://:[redacted]@redis-stg.example.com:6379/0",
            "svc-cmdb-005", "https://deploy:[redacted]@nexus.example.com/repository/releases/",
            "svc-cmdb-006", "mongodb+srv://svc-analytics:[redacted]@cluster0.ab1cd.mongodb.net/events?retryWrites=true",
            "svc-cmdb-007", "postgres://app:${DB_PASSWORD}@db.dev.example:5432/app",
            "svc-cmdb-008", "Server=tcp:sql-prod.database.windows.net,1433;Database=cmdb;User ID=svc_report;Password=[redacted];Encrypt=True;",
            "svc-cmdb-009", "https://api.example.com/v2/");

    @Test
    void csvRowsKeepTheirEndpointsWithoutThePasswords() throws Exception {
        FormatGolden.Result r = FormatGolden.run(StandardImporters.registry().detect(CMDB), CMDB);

        assertEndpoints(r);
        Path ledger = dir.resolve("ledger.steward");
        try (Store store = Store.open(ledger)) {
            ImportService service = new ImportService(new Ledger(store, Clock.systemUTC()), StandardImporters.registry(),
                    SecretGuard.standard(), Clock.systemUTC());
            ImportReport report = service.commit(CMDB, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
            assertThat(report.counts().identities()).isEqualTo(9);
            assertThat(report.counts().refused()).isEqualTo(6);
            assertThat(report.refusals()).allSatisfy(i -> assertThat(i.message()).contains("password was not stored"));
        }
        for (Path f : List.of(ledger, Path.of(ledger + "-wal"))) {
            if (Files.exists(f)) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).contains("pg-prod-01.corp.example");
                PASSWORDS.forEach(p -> assertThat(bytes).as(f.getFileName().toString()).doesNotContain(p));
            }
        }
    }

    @Test
    void aWorkbookOfTheSameRowsIsScreenedAlike() throws Exception {
        Path xlsx = SecretGuardRates.asWorkbook(CMDB, dir.resolve("cmdb-connections.xlsx"), "CMDB export");

        FormatGolden.Result r = FormatGolden.run(StandardImporters.registry().detect(xlsx), xlsx);

        assertEndpoints(r);
    }

    /** The generic CSV importer keeps an unknown column as an attribute, the workbook importer as a tag. */
    private static Object endpoint(IdentityRecord i) {
        return i.attributes().containsKey("endpoint") ? i.attributes().get("endpoint") : i.tags().get("endpoint");
    }

    private static void assertEndpoints(FormatGolden.Result r) {
        assertThat(r.identities()).hasSize(9);
        STORED.forEach((id, endpoint) -> assertThat(endpoint(r.identity(id))).as(id).isEqualTo(endpoint));
        assertThat(r.refused()).hasSize(6).extracting(ImportIssue::rule).containsOnly("url-credentials");
        assertThat(r.refused()).extracting(ImportIssue::field).containsOnly("endpoint");
        for (IdentityRecord i : r.identities()) {
            PASSWORDS.forEach(p -> assertThat(i.toString()).doesNotContain(p));
        }
    }
}
