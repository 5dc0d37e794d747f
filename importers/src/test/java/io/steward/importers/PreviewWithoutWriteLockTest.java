package io.steward.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.ledger.TestEntries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An open preview holds no lock on the ledger: a decision is appended while it is still reading. */
class PreviewWithoutWriteLockTest extends LedgerTestBase {

    @Test
    void aDecisionIsAppendedWhileAPreviewIsOpenAndThePreviewStoresNothing() throws Exception {
        Path file = Fixtures.copy(Path.of("aws-access-keys/list-access-keys.json"), dir);
        CountDownLatch previewing = new CountDownLatch(1);
        CountDownLatch decided = new CountDownLatch(1);
        // The preview's cancellation check parks it mid-import until the decision is in.
        Cancellation parked = () -> {
            previewing.countDown();
            try {
                decided.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<ImportReport> preview = thread.submit(() -> service.preview(file, ImportOptions.detect("alice"), ImportProgress.NONE,
                    parked));
            assertThat(previewing.await(60, TimeUnit.SECONDS)).as("the preview is under way").isTrue();

            Ledger ledger = new Ledger(store, Clock.systemUTC());
            LedgerEntry decision = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> ledger.append("bob", TestEntries.DECISION, "identity-1", TestEntries.note(1)),
                    "the append waited for the preview: it holds the write lock");
            decided.countDown();

            ImportReport report = preview.get(60, TimeUnit.SECONDS);
            assertThat(report.counts().identities()).isPositive();
            assertThat(report.snapshot()).as("a preview stores no snapshot").isNull();
            assertThat(ledger.size()).as("only the decision is in the ledger").isEqualTo(decision.seq()).isEqualTo(1);
            assertThat(StoreState.of(store).snapshots()).isZero();
        } finally {
            decided.countDown();
            thread.shutdownNow();
        }
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("steward-preview"))
                    .filter(p -> Files.exists(p.resolve("preview.steward")))).as("the scratch ledger is deleted").isEmpty();
        }
    }
}
