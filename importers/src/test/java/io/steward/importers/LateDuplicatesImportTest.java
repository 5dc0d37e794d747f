package io.steward.importers;

import static io.steward.model.db.Tables.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.bench.CredentialReportGenerator;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotRowCheck;
import io.steward.model.inventory.Snapshots;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A credential report big enough for the bulk path (indexes dropped and rebuilt) that ends with late duplicates of users
 * written many batches earlier: half newer (they replace the written user and its keys), half identical (they lose).
 * The result must be the same rows as the file without duplicates, except the replaced users' newer creation times.
 */
class LateDuplicatesImportTest extends LedgerTestBase {
    private static final int USERS = 36_000; // about 8.5 MB: above the bulk-import threshold (8 MiB)
    private static final int DUPLICATES = USERS / 1000;

    @Test
    void lateDuplicatesInABulkImportKeepTheNewestRowOfEachUser() throws Exception {
        Path plain = generate("plain.csv", 0);
        Path duplicated = generate("duplicated.csv", 1);
        assertThat(Files.size(duplicated)).isGreaterThan(8L << 20);
        service.findings(null);

        ImportReport report = service.commit(duplicated, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);

        assertThat(report.counts().duplicates()).isEqualTo(DUPLICATES);
        assertThat(new Snapshots(store).issues(report.snapshot().id(), ImportIssue.Severity.WARNING, 0, 100))
                .hasSize(DUPLICATES).allSatisfy(i -> assertThat(i.rule()).isEqualTo("duplicate-id"));
        long id = report.snapshot().id();
        int distinct = store.read(ctx -> ctx.fetchCount(DSL.selectDistinct(IDENTITY.NATIVE_ID).from(IDENTITY).where(IDENTITY.SNAPSHOT_ID.eq(id))));
        assertThat(distinct).as("each user and key once").isEqualTo((int) report.counts().identities());
        // The generator gives every other late duplicate a creation time after everything else in the file.
        assertThat(identities(IDENTITY.SNAPSHOT_ID.eq(id).and(IDENTITY.CREATED_AT.gt("2025-06-01T12:00:00Z")))).isEqualTo(DUPLICATES / 2);

        ImportReport same = service.commit(plain, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
        assertThat(report.counts().identities()).isEqualTo(same.counts().identities());
        assertThat(report.counts().credentials()).isEqualTo(same.counts().credentials());
        assertThat(identities(IDENTITY.SNAPSHOT_ID.eq(id).and(IDENTITY.PARENT_ID.isNotNull()))).as("every key under its user")
                .isEqualTo(identities(IDENTITY.SNAPSHOT_ID.eq(same.snapshot().id()).and(IDENTITY.PARENT_ID.isNotNull())));
        VerificationReport verified = new LedgerVerifier(store).withContentChecks(List.of(new SnapshotRowCheck()))
                .verify((Path) null, VerifyProgress.NONE, () -> false);
        assertThat(verified.ok()).as(verified.failure()).isTrue();
    }

    private int identities(org.jooq.Condition condition) {
        return store.read(ctx -> ctx.fetchCount(IDENTITY, condition));
    }

    private Path generate(String name, int duplicatesPerThousand) throws Exception {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file)) {
            new CredentialReportGenerator(5).write(w, USERS, duplicatesPerThousand);
        }
        return file;
    }
}
