package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.BadInputException;
import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerVerifierTest {
    @TempDir
    Path dir;
    Path file;
    Store store;
    Ledger ledger;
    ActorKeys keys;
    Checkpoints checkpoints;

    @BeforeEach
    void setUp() {
        file = dir.resolve("ledger.steward");
        store = Store.open(file);
        ledger = new Ledger(store, java.time.Clock.systemUTC());
        keys = new ActorKeys(dir.resolve("keys"));
        checkpoints = new Checkpoints(ledger, keys, java.time.Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            ledger.append("alice", TestEntries.DECISION, "item-" + i, new TestEntries.Note(i, "decision " + i));
        }
    }

    private VerificationReport verify() {
        return verify(null);
    }

    private VerificationReport verify(Path sidecar) {
        // a fresh store, as a separate `steward ledger verify` would open it
        try (Store s = Store.open(file)) {
            return new LedgerVerifier(s, keys).verify(sidecar, VerifyProgress.NONE, () -> false);
        }
    }

    @Test
    void intactLedgerWithCheckpointsVerifies() {
        append(10);
        checkpoints.take("alice");
        append(5);
        checkpoints.take("bob");

        VerificationReport r = verify();

        assertThat(r.ok()).as(r.failure()).isTrue();
        assertThat(r.entriesChecked()).isEqualTo(17);
        assertThat(r.headSeq()).isEqualTo(17);
        assertThat(r.headHash()).isEqualTo(ledger.head().orElseThrow().hash());
        assertThat(r.checkpointsChecked()).isEqualTo(4); // two entries in the ledger + two sidecar lines
        assertThat(r.checkpointsFile()).isEqualTo(StewardPaths.sidecarOf(file));
        assertThat(r.failure()).isNull();
    }

    @Test
    void emptyLedgerVerifiesAndSaysThereIsNoCheckpointFile() {
        VerificationReport r = verify();
        assertThat(r.ok()).isTrue();
        assertThat(r.entriesChecked()).isZero();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("No checkpoint file"));
    }

    @Test
    void editedRowIsNamed() {
        append(20);
        checkpoints.take("alice");
        new Tamper(file).editBody(7, "decision 6", "decision X");

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.failedSeq()).isEqualTo(7L);
        assertThat(r.failure()).contains("Entry 7").contains("changed");
    }

    @Test
    void editedRowWithRecomputedHashBreaksTheNextLink() {
        append(10);
        new Tamper(file).sql("UPDATE ledger_entry SET body = replace(body, 'decision 3', 'decision Y') WHERE seq = 4",
                "UPDATE ledger_entry SET hash = (SELECT hash FROM ledger_entry WHERE seq = 9) WHERE seq = 4");
        VerificationReport r = verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.failedSeq()).isEqualTo(4L);
    }

    @Test
    void deletedMiddleRowIsNamed() {
        append(20);
        new Tamper(file).deleteEntry(12);

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.failedSeq()).isEqualTo(12L);
        assertThat(r.failure()).contains("Entry 12 is missing");
    }

    @Test
    void truncationIsCaughtAgainstTheSidecar() {
        append(10);
        checkpoints.take("alice");
        append(10);
        checkpoints.take("alice");
        new Tamper(file).deleteFrom(15);

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).contains("newest entries were deleted").contains("line 2");
        assertThat(r.failedSeq()).isEqualTo(15L);
    }

    @Test
    void rebuiltChainIsCaughtByTheCheckpoint() {
        append(10);
        checkpoints.take("alice");
        append(3);
        new Tamper(file).rebuildChain(5, "decision 4", "decision Z");

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).contains("rebuilt");
        assertThat(r.failedSeq()).isEqualTo(10L);
    }

    @Test
    void editedCheckpointFileIsCaught() throws Exception {
        append(5);
        checkpoints.take("alice");
        Path sidecar = StewardPaths.sidecarOf(file);
        String line = Files.readString(sidecar);
        Files.writeString(sidecar, line.replace("\"seq\":5", "\"seq\":4"));

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).contains("line 1").contains("checkpoint file was edited");
    }

    @Test
    void checkpointResignedWithAnotherKeyIsCaught() throws Exception {
        append(5);
        checkpoints.take("alice");
        // an attacker rebuilds the chain and the sidecar, signing with a key of their own named "alice"
        new Tamper(file).rebuildChain(2, "decision 1", "decision Q");
        Files.delete(StewardPaths.sidecarOf(file));
        try (Store s = Store.open(file)) {
            new Checkpoints(new Ledger(s, java.time.Clock.systemUTC()), new ActorKeys(dir.resolve("attacker-keys")), java.time.Clock.systemUTC()).take("alice");
        }

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).contains("not made by alice");
    }

    @Test
    void anAuditorsCopyOfTheSidecarIsUsedWhenNamed() throws Exception {
        append(8);
        checkpoints.take("alice");
        Path copy = dir.resolve("auditor-copy.checkpoints");
        Files.copy(StewardPaths.sidecarOf(file), copy);
        Files.delete(StewardPaths.sidecarOf(file));
        new Tamper(file).deleteFrom(6);

        assertThat(verify().ok()).as("the local sidecar is gone, so the local check passes").isTrue();
        VerificationReport r = verify(copy);
        assertThat(r.ok()).isFalse();
        assertThat(r.checkpointsFile()).isEqualTo(copy);
        assertThat(r.failure()).contains("newest entries were deleted");
    }

    @Test
    void missingNamedCheckpointFileIsBadInput() {
        assertThatThrownBy(() -> verify(dir.resolve("nope.checkpoints"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("nope.checkpoints");
    }

    @Test
    void damagedSidecarLineIsBadInputNamingTheLine() throws Exception {
        append(2);
        checkpoints.take("alice");
        Files.writeString(StewardPaths.sidecarOf(file), "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(this::verify).isInstanceOf(BadInputException.class).hasMessageContaining("line 2");
    }

    @Test
    void largeLedgerIsVerifiedInParallelRangesAndABreakInTheSecondRangeIsFound() {
        store.write(tx -> {
            for (int i = 0; i < 120_000; i++) {
                ledger.append(tx, "bulk", TestEntries.BULK, "s", new TestEntries.Counter(i));
            }
            return null;
        });
        List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Store s = Store.open(file)) {
            VerificationReport ok = new LedgerVerifier(s).verify((java.nio.file.Path) null, (done, total) -> progress.add(done), () -> false);
            assertThat(ok.ok()).isTrue();
            assertThat(ok.entriesChecked()).isEqualTo(120_000);
        }
        assertThat(progress).last().isEqualTo(120_000L);
        new Tamper(file).editBody(100_001, "\"i\":100000", "\"i\":1");
        new Tamper(file).deleteEntry(110_000);
        VerificationReport broken = verify();
        assertThat(broken.failedSeq()).isEqualTo(100_001L);
    }

    @Test
    void cancelStopsVerification() {
        store.write(tx -> {
            for (int i = 0; i < 20_000; i++) {
                ledger.append(tx, "bulk", TestEntries.BULK, "s", new TestEntries.Counter(i));
            }
            return null;
        });
        assertThatThrownBy(() -> new LedgerVerifier(store).verify((java.nio.file.Path) null, VerifyProgress.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void checkpointLineIsCanonicalJsonWithThePublicKey() throws Exception {
        append(1);
        Checkpoint cp = checkpoints.take("alice");
        String line = Files.readString(StewardPaths.sidecarOf(file), StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("{\"actor\":\"alice\",\"algorithm\":\"Ed25519\",\"headHash\":\"" + cp.headHash());
        assertThat(cp.signatureProblem()).isNull();
        assertThat(ledger.head().orElseThrow().kind()).isEqualTo(Checkpoint.ENTRY_KIND);
        assertThat(cp.seq()).isEqualTo(1);
    }
}
