package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints from any source, a checkpoint taken inside a decision's transaction, and the per-kind checks
 * the verifier runs: on real ledger files.
 */
class CheckpointSourcesAndChecksTest {
    /** A request and its approval, to check that nobody approves their own request. */
    record Request(String id) {
    }

    static final EntryKind<Request> REQUESTED = EntryKind.of("test.requested", Request.class);
    static final EntryKind<Request> APPROVED = EntryKind.of("test.approved", Request.class);

    /** The rule "the requester is not the approver", as a job would register it. */
    static final class RequesterIsNotApprover implements EntryCheck {
        private final Map<String, String> requester = new HashMap<>();

        @Override
        public String name() {
            return "requester is not the approver";
        }

        @Override
        public Set<String> kinds() {
            return Set.of(REQUESTED.name(), APPROVED.name());
        }

        @Override
        public String check(LedgerEntry entry) {
            if (REQUESTED.isKindOf(entry)) {
                requester.put(REQUESTED.payload(entry).id(), entry.actor());
                return null;
            }
            String id = APPROVED.payload(entry).id();
            return entry.actor().equals(requester.get(id)) ? entry.actor() + " approved their own request " + id + "." : null;
        }
    }

    /** Rebuilds "how many requests are there" from the ledger and compares it with a table. */
    static final class RequestCountMatches implements EntryCheck {
        private long seen;

        @Override
        public String name() {
            return "requests match the ledger";
        }

        @Override
        public Set<String> kinds() {
            return Set.of(REQUESTED.name());
        }

        @Override
        public String check(LedgerEntry entry) {
            seen++;
            return null;
        }

        @Override
        public String finish(Connection read) throws SQLException {
            long stored;
            try (Statement st = read.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM request_projection")) {
                rs.next();
                stored = rs.getLong(1);
            }
            return stored == seen ? null : "the table holds " + stored + " requests, the ledger " + seen + ".";
        }
    }

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
        ledger = new Ledger(store, Clock.systemUTC());
        keys = new ActorKeys(dir.resolve("keys"));
        checkpoints = new Checkpoints(ledger, keys, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private VerificationReport verify(EntryKinds catalogue, List<CheckpointSource> sources) {
        try (Store s = Store.open(file)) {
            return new LedgerVerifier(s, keys, catalogue).verify(sources, VerifyProgress.NONE, () -> false);
        }
    }

    @Test
    void aCheckpointTakenInTheDecisionsTransactionCommitsWithItOrNotAtAll() throws Exception {
        ledger.append("alice", TestEntries.DECISION, "a", TestEntries.note(1));

        Checkpoints.Signed<LedgerEntry> signed = checkpoints.writeAndCheckpoint("alice",
                tx -> ledger.append(tx, "alice", TestEntries.DECISION, "b", TestEntries.note(2)));

        // entry 2 pins alice's key (her first checkpoint), so the decision is entry 3
        assertThat(signed.checkpoint().seq()).as("it signs the decision").isEqualTo(signed.result().seq()).isEqualTo(3);
        assertThat(ledger.head().orElseThrow().kind()).isEqualTo("checkpoint");
        assertThat(Files.readAllLines(StewardPaths.sidecarOf(file))).hasSize(1);

        assertThatThrownBy(() -> checkpoints.writeAndCheckpoint("alice", tx -> {
            ledger.append(tx, "alice", TestEntries.DECISION, "c", TestEntries.note(3));
            throw new IllegalStateException("refused by policy");
        })).hasMessage("refused by policy");
        assertThat(ledger.size()).isEqualTo(4);
        assertThat(Files.readAllLines(StewardPaths.sidecarOf(file))).as("no sidecar line for a rolled-back checkpoint").hasSize(1);

        VerificationReport r = verify(EntryKinds.builder().build(), List.of(CheckpointSource.sidecar(StewardPaths.sidecarOf(file))));
        assertThat(r.ok()).as(r.failure()).isTrue();
        assertThat(r.checkpointsChecked()).isEqualTo(2);
    }

    @Test
    void checkpointsCarriedByAnotherDocumentCatchDeletedNewestEntries() {
        for (int i = 0; i < 5; i++) {
            ledger.append("alice", TestEntries.DECISION, "item-" + i, TestEntries.note(i));
        }
        Checkpoint carried = checkpoints.take("alice"); // entry 6 pins alice's key; the checkpoint signs it
        store.close();
        new Tamper(file).deleteFrom(6);
        store = Store.open(file);

        CheckpointSource workbook = CheckpointSource.of("attestation.xlsx", List.of(carried));
        VerificationReport r = verify(EntryKinds.builder().build(), List.of(workbook));

        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).startsWith("Checkpoint number 1 in attestation.xlsx (seq 6, ")
                .contains("this ledger ends at entry 5 (the newest entries were deleted)");
        assertThat(r.failedSeq()).isEqualTo(6);
        assertThat(r.checkpointsFile()).as("not a file").isNull();
    }

    @Test
    void severalSourcesAreAllCheckedAndNoneGivenIsANote() {
        ledger.append("alice", TestEntries.DECISION, "a", TestEntries.note(1));
        Checkpoint first = checkpoints.take("alice");
        Path sidecar = StewardPaths.sidecarOf(file);

        VerificationReport both = verify(EntryKinds.builder().build(),
                List.of(CheckpointSource.sidecar(sidecar), CheckpointSource.of("a copy", List.of(first))));
        assertThat(both.ok()).as(both.failure()).isTrue();
        assertThat(both.checkpointsChecked()).as("one in the ledger, one in the sidecar, one in the copy").isEqualTo(3);
        assertThat(both.checkpointsFile()).isEqualTo(sidecar);

        VerificationReport none = verify(EntryKinds.builder().build(), List.of());
        assertThat(none.ok()).isTrue();
        assertThat(none.notes()).singleElement().asString().startsWith("No checkpoints from outside the ledger were given");
    }

    @Test
    void aRegisteredCheckNamesTheEntryThatBreaksItsRule() {
        EntryKinds catalogue = EntryKinds.builder().kind(REQUESTED).kind(APPROVED).check(RequesterIsNotApprover::new).build();
        ledger.append("alice", REQUESTED, "r-1", new Request("r-1"));
        ledger.append("bob", APPROVED, "r-1", new Request("r-1"));
        ledger.append("carol", REQUESTED, "r-2", new Request("r-2"));
        assertThat(verify(catalogue, List.of()).ok()).isTrue();

        LedgerEntry own = ledger.append("carol", APPROVED, "r-2", new Request("r-2"));
        VerificationReport r = verify(catalogue, List.of());

        assertThat(r.ok()).isFalse();
        assertThat(r.failedSeq()).isEqualTo(own.seq());
        assertThat(r.failure()).isEqualTo("Entry 4 (test.approved): carol approved their own request r-2.");
    }

    @Test
    void aProjectionRebuiltFromTheLedgerIsComparedWithItsTable() {
        store.pragma("CREATE TABLE request_projection (id TEXT PRIMARY KEY)");
        EntryKinds catalogue = EntryKinds.builder().kind(REQUESTED).check(RequestCountMatches::new).build();
        store.write(tx -> {
            ledger.append(tx, "alice", REQUESTED, "r-1", new Request("r-1"));
            tx.execute("INSERT INTO request_projection VALUES ('r-1')");
            return null;
        });
        assertThat(verify(catalogue, List.of()).ok()).isTrue();

        store.pragma("INSERT INTO request_projection VALUES ('r-forged')");
        VerificationReport r = verify(catalogue, List.of());

        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isEqualTo("requests match the ledger: the table holds 2 requests, the ledger 1.");
    }
}
