package io.steward.importers;

import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.inventory.query.CountResult;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.ledger.Hashes;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static io.steward.model.db.Tables.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import service end to end on a real ledger file: commit, preview, de-duplication, cancel, atomicity. */
class ImportServiceTest extends LedgerTestBase {

    private Path fixture(String relative) throws Exception {
        return Fixtures.copy(Path.of(relative), dir);
    }

    private ImportReport commit(Path file) {
        return service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
    }

    @Test
    void commitRecordsTheSnapshotAndItsLedgerEntryTogether() throws Exception {
        Path file = fixture("aws-credential-report/basic.csv");
        ImportReport report = commit(file);

        assertThat(report.committed()).isTrue();
        assertThat(report.importerId()).isEqualTo("aws-credential-report");
        assertThat(report.source()).isEqualTo("aws:123456789012");
        assertThat(report.counts().records()).isEqualTo(5);
        assertThat(report.counts().identities()).isEqualTo(10); // 5 users/root + 5 access keys
        String sha = Hashes.hex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(report.fileSha256()).isEqualTo(sha);

        SnapshotInfo snapshot = new Snapshots(store).get(report.snapshot().id()).orElseThrow();
        assertThat(snapshot.fileSha256()).isEqualTo(sha);
        assertThat(snapshot.fileName()).isEqualTo("basic.csv");
        assertThat(snapshot.importerVersion()).isEqualTo("1");
        LedgerEntry entry = new Ledger(store, java.time.Clock.systemUTC()).entry(snapshot.ledgerSeq()).orElseThrow();
        assertThat(entry.kind()).isEqualTo("snapshot.imported");
        assertThat(entry.actor()).isEqualTo("tester");
        assertThat(entry.payload().get("fileSha256").asText()).isEqualTo(sha);
        assertThat(entry.payload().get("counts").get("identities").asLong()).isEqualTo(10);
        assertThat(entry.payload().get("snapshotId").asLong()).isEqualTo(snapshot.id());
    }

    @Test
    void generatedTimeOfTheJsonReportBecomesTheSnapshotTime() throws Exception {
        ImportReport report = commit(fixture("aws-credential-report/get-credential-report-base64.json"));
        assertThat(report.snapshot().generatedAt()).isEqualTo(Instant.parse("2024-12-04T10:11:12Z"));
        assertThat(new Snapshots(store).get(report.snapshot().id()).orElseThrow().asOf()).isEqualTo(Instant.parse("2024-12-04T10:11:12Z"));
    }

    @Test
    void previewReportsEverythingAndStoresNothing() throws Exception {
        StoreState before = StoreState.of(store);
        ImportReport report = service.preview(fixture("aws-access-keys/create-access-key.json"), ImportOptions.detect("tester"),
                ImportProgress.NONE, Cancellation.NEVER);
        assertThat(report.committed()).isFalse();
        assertThat(report.counts().identities()).isEqualTo(1);
        assertThat(report.refusals()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("AccessKey[1].SecretAccessKey");
            assertThat(r.rule()).isEqualTo("secret-field");
            assertThat(r.recordNo()).isEqualTo(1);
        });
        assertThat(StoreState.of(store)).isEqualTo(before);
    }

    @Test
    void duplicatesKeepTheNewestActivityAndSayWhichWasDropped() throws Exception {
        ImportReport report = commit(fixture("aws-credential-report/duplicate-rows.csv"));
        assertThat(report.counts().duplicates()).isEqualTo(1); // one duplicate row: the user, its key goes with it
        assertThat(report.counts().identities()).isEqualTo(4); // root, christopher, christopher#key1, dana
        assertThat(report.warnings()).extracting(ImportIssue::rule).containsOnly("duplicate-id");
        assertThat(report.warnings().get(0).message()).contains("kept record 3").contains("dropped record 2");
        InventoryQuery query = new InventoryQuery(store);
        String christopher = "arn:aws:iam::123456789012:user/christopher";
        var key = query.findByNativeId(christopher + "#key1");
        assertThat(key).singleElement().satisfies(r -> assertThat(r.lastUsedAt()).isEqualTo(Instant.parse("2024-06-30T12:00:00Z")));
        var user = query.findByNativeId(christopher);
        assertThat(user).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("iam-user");
            assertThat(r.lastUsedAt()).isEqualTo(Instant.parse("2024-06-30T12:00:00Z"));
            assertThat(query.detail(r.id()).orElseThrow().children()).hasSize(1);
        });
        assertThat(new Snapshots(store).issues(report.snapshot().id(), ImportIssue.Severity.WARNING, 0, 10)).hasSize(1);
    }

    @Test
    void cancelCommitsNothing() throws Exception {
        StoreState before = StoreState.of(store);
        Path big = dir.resolve("big.csv");
        try (var w = Files.newBufferedWriter(big)) {
            new io.steward.importers.bench.CredentialReportGenerator(7).write(w, 30_000);
        }
        AtomicLong calls = new AtomicLong();
        ImportProgress progress = (bytes, total, records) -> calls.incrementAndGet();
        assertThatThrownBy(() -> service.commit(big, ImportOptions.detect("tester"), progress, () -> calls.get() >= 2))
                .isInstanceOf(CancellationException.class);
        assertThat(StoreState.of(store)).isEqualTo(before);
        assertThat(commit(fixture("aws-credential-report/basic.csv")).committed()).isTrue(); // still usable
    }

    @Test
    void severalFilesAreOneTransaction() throws Exception {
        Path good = fixture("aws-credential-report/basic.csv");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"AccessKeyMetadata\": [ {\"UserName\": \"x\",} ]}");
        StoreState before = StoreState.of(store);
        assertThatThrownBy(() -> service.commitAll(List.of(good, bad), ImportOptions.detect("tester"), ImportProgress.NONE,
                Cancellation.NEVER)).isInstanceOf(BadInputException.class).hasMessageContaining("bad.json");
        assertThat(StoreState.of(store)).isEqualTo(before);

        Path other = fixture("aws-authorization-details/basic.json");
        List<ImportReport> reports = service.commitAll(List.of(good, other), ImportOptions.detect("tester"), ImportProgress.NONE,
                Cancellation.NEVER);
        assertThat(reports).extracting(ImportReport::importerId).containsExactly("aws-credential-report", "aws-authorization-details");
        assertThat(new Snapshots(store).list()).hasSize(2);
    }

    @Test
    void aNewerSnapshotOfTheSameSeriesReplacesTheOldOneInTheInventory() throws Exception {
        ImportReport first = commit(fixture("aws-credential-report/basic.csv"));
        ImportReport second = commit(fixture("aws-credential-report/duplicate-rows.csv"));
        InventoryQuery query = new InventoryQuery(store);
        assertThat(query.count(IdentityFilter.ALL)).isEqualTo(new CountResult(second.counts().identities(), true));
        assertThat(query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 100)).rows())
                .allSatisfy(r -> assertThat(r.snapshotId()).isEqualTo(second.snapshot().id()));
        // the replaced snapshot's rows stay in the ledger, only no longer current
        assertThat((long) store.read(ctx -> ctx.fetchCount(IDENTITY, IDENTITY.SNAPSHOT_ID.eq(first.snapshot().id()))))
                .isEqualTo(first.counts().identities());

        // another series (authorization details) sits beside it
        commit(fixture("aws-authorization-details/basic.json"));
        assertThat(query.count(IdentityFilter.ALL)).isEqualTo(new CountResult(second.counts().identities() + 5, true));
    }

    @Test
    void formatCanBeForcedAndUnknownIdsAreUsageErrors() throws Exception {
        Path file = fixture("generic-csv/tab-separated.csv");
        assertThat(service.importerFor(file, "generic-csv").id()).isEqualTo("generic-csv");
        assertThatThrownBy(() -> service.importerFor(file, "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aws-credential-report");
        assertThatThrownBy(() -> commit(dir.resolve("missing.csv"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing.csv").hasMessageContaining("no such file");
    }
}
