package io.steward.model.inventory;

import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The currency flags against the snapshots' order, per series: files of one source and format in parts stay current side by side. */
class SnapshotRowCheckTest {
    private static final String IMPORTER = "kubernetes";

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void twoSeriesPartsOfOneSourceAndFormatAreBothCurrentAndVerify() {
        part("serviceaccounts", Instant.parse("2025-02-01T00:00:00Z"), "payments/payments-api");
        part("rolebindings", Instant.parse("2025-01-01T00:00:00Z"), "batch/runner");

        assertThat(currentIds()).containsExactlyInAnyOrder("payments/payments-api", "batch/runner");
        VerificationReport report = verify();
        assertThat(report.ok()).as(report.failure()).isTrue();
    }

    @Test
    void aNewerFileOfOnePartReplacesOnlyThatPart() {
        part("serviceaccounts", Instant.parse("2025-01-01T00:00:00Z"), "payments/old");
        part("rolebindings", Instant.parse("2025-01-01T00:00:00Z"), "batch/runner");
        part("serviceaccounts", Instant.parse("2025-03-01T00:00:00Z"), "payments/new");

        assertThat(currentIds()).containsExactlyInAnyOrder("payments/new", "batch/runner");
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void anEditedFlagOfOnePartIsStillCaught() throws Exception {
        part("serviceaccounts", Instant.parse("2025-02-01T00:00:00Z"), "payments/payments-api");
        part("rolebindings", Instant.parse("2025-01-01T00:00:00Z"), "batch/runner");
        try (Connection c = store.newConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE identity SET current = NULL WHERE native_id = 'batch/runner'"); // the flag alone may change
        }

        VerificationReport report = verify();
        assertThat(report.ok()).isFalse();
        assertThat(report.failure()).contains("1 identity is marked current (or not) against the snapshots' order");
    }

    private void part(String seriesPart, Instant generatedAt, String id) {
        snapshot(store, "kubernetes:prod", IMPORTER, generatedAt, 100, w -> {
            w.seriesPart(seriesPart);
            w.add(identity(id, "k8s-service-account").build());
            w.recordsRead(1);
        });
    }

    private List<String> currentIds() {
        return store.read(ctx -> ctx.resultQuery("SELECT native_id FROM identity WHERE current = 1").fetch(r -> r.get(0, String.class)));
    }

    private VerificationReport verify() {
        return new LedgerVerifier(store).withContentChecks(List.of(new SnapshotRowCheck())).verify((Path) null, VerifyProgress.NONE, () -> false);
    }
}
