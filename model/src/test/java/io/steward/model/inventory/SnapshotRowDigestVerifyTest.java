package io.steward.model.inventory;

import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.Tamper;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification recomputes each snapshot's rows in the encoding its entry names: a ledger whose entries commit to
 * v1 digests (written by the version before v2: an AWS credential report and authorization details imported,
 * each with its checkpoint) still verifies and still catches an edited row; a v2 ledger catches a value stored
 * as a BLOB, which the v2 encoding cannot hold, as unreadable rows rather than an error.
 */
class SnapshotRowDigestVerifyTest {
    private static final String V1_LEDGER = "ledger-rows-v1.steward";

    @TempDir
    Path dir;

    @Test
    void aLedgerWithV1DigestsStillVerifies() throws Exception {
        Path file = v1Ledger();
        try (Store store = Store.open(file)) {
            VerificationReport r = verify(store);
            assertThat(r.ok()).as(r.failure()).isTrue();
            assertThat(r.entriesChecked()).isEqualTo(5);
            Integer v1Entries = store.read(ctx -> ctx.resultQuery("SELECT count(*) FROM ledger_entry WHERE body LIKE '%sha256-rows-v1:%'")
                    .fetchOne(0, Integer.class));
            assertThat(v1Entries).as("both snapshot entries are v1").isEqualTo(2);
        }
    }

    @Test
    void anEditedRowUnderAV1DigestIsCaught() throws Exception {
        Path file = v1Ledger();
        new Tamper(file).sql("DROP TRIGGER identity_only_current_changes", "UPDATE identity SET name = 'mallory' WHERE id = 1");
        try (Store store = Store.open(file)) {
            VerificationReport r = verify(store);
            assertThat(r.ok()).isFalse();
            assertThat(r.failure()).contains("do not give the digest its entry 1 committed to");
        }
    }

    @Test
    void aBlobStoredInARowIsReportedAsUnreadableRows() {
        Path file = oneRobotLedger("v2.steward");
        new Tamper(file).sql("DROP TRIGGER identity_only_current_changes", "UPDATE identity SET name = X'00FF'");
        try (Store store = Store.open(file)) {
            VerificationReport r = verify(store);
            assertThat(r.ok()).isFalse();
            assertThat(r.failure()).contains("The rows of snapshot 1 (").contains("cannot be read").contains("cannot be trusted");
        }
    }

    @Test
    void anUnknownDigestVersionIsNamedNotGuessed() {
        Path file = oneRobotLedger("v9.steward");
        // Rewrite the entry as a later Steward might have written it, with its hash recomputed so only the version differs.
        new Tamper(file).rebuildChain(1, "sha256-rows-v2:", "sha256-rows-v9:");
        try (Store store = Store.open(file)) {
            VerificationReport r = verify(store);
            assertThat(r.ok()).isFalse();
            assertThat(r.failure()).contains("commits to a row digest this version of Steward cannot recompute");
        }
    }

    /** A new ledger with one imported identity, which verifies. */
    private Path oneRobotLedger(String name) {
        Path file = dir.resolve(name);
        try (Store store = Store.open(file)) {
            snapshot(store, "csv:robots", w -> {
                w.add(identity("robot-1", "service").build());
                w.recordsRead(1);
            });
            assertThat(verify(store).ok()).isTrue();
        }
        return file;
    }

    private Path v1Ledger() throws Exception {
        for (String name : List.of(V1_LEDGER, V1_LEDGER + ".checkpoints")) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ledgers/" + name), name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir.resolve(V1_LEDGER);
    }

    private static VerificationReport verify(Store store) {
        return new LedgerVerifier(store).withContentChecks(List.of(new SnapshotRowCheck())).verify((Path) null, VerifyProgress.NONE, () -> false);
    }
}
