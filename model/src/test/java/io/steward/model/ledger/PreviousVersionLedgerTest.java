package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.inventory.ColumnMappings;
import io.steward.model.inventory.InventoryEntries;
import io.steward.model.inventory.SnapshotImported;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by the version before the typed entry kinds (commit 065cfed: a mapping saved, a CSV and a
 * people directory imported, a checkpoint, the mapping forgotten, another checkpoint) still opens, migrates and
 * verifies, and every entry reads back into its kind's record and writes the very same bytes again.
 */
class PreviousVersionLedgerTest {
    static final String NAME = "ledger-065cfed.steward";
    static final EntryKinds CATALOGUE = EntryKinds.builder().with(LedgerEntries::register).with(InventoryEntries::register).build();

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyFixture() throws Exception {
        file = dir.resolve(NAME);
        for (String name : List.of(NAME, NAME + ".checkpoints")) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ledgers/" + name), name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    @Test
    void itOpensAndVerifiesAgainstItsSidecarWithTheCatalogue() {
        try (Store store = Store.open(file)) {
            VerificationReport r = new LedgerVerifier(store, null, CATALOGUE).verify((Path) null, VerifyProgress.NONE, () -> false);

            assertThat(r.ok()).as(r.failure()).isTrue();
            assertThat(r.entriesChecked()).isEqualTo(6);
            assertThat(r.checkpointsChecked()).as("two in the ledger, two sidecar lines").isEqualTo(4);
            assertThat(new SnapshotCatalog(store).list()).hasSize(2);
            assertThat(new ColumnMappings(new Ledger(store, Clock.systemUTC()), Clock.systemUTC()).list()).as("it was forgotten").isEmpty();
        }
    }

    @Test
    void everyEntryReadsIntoItsRecordAndWritesTheSameCanonicalPayload() {
        try (Store store = Store.open(file)) {
            List<LedgerEntry> entries = new Ledger(store, Clock.systemUTC()).page(0, 100, false, null);

            assertThat(entries).extracting(LedgerEntry::kind).containsExactly("mapping.saved", "snapshot.imported",
                    "snapshot.imported", "checkpoint", "mapping.forgotten", "checkpoint");
            for (LedgerEntry e : entries) {
                EntryKind<?> kind = CATALOGUE.find(e.kind()).orElseThrow();
                Record typed = kind.payload(e);
                assertThat(CanonicalJson.string(CanonicalJson.tree(typed))).as("entry %d", e.seq())
                        .isEqualTo(CanonicalJson.string(e.payload()));
            }
            SnapshotImported first = InventoryEntries.SNAPSHOT_IMPORTED.payload(entries.get(1));
            assertThat(first.source()).isEqualTo("csv:robots");
            assertThat(first.counts().identities()).isEqualTo(2);
            assertThat(InventoryEntries.MAPPING_FORGOTTEN.payload(entries.get(4)).columns()).containsEntry("Kennung", "id");
            assertThat(LedgerEntries.CHECKPOINT.payload(entries.get(3)).seq()).isEqualTo(3);
        }
    }

    @Test
    void newTypedEntriesContinueItsChain() {
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store, Clock.systemUTC());
            ledger.append("alice", TestEntries.DECISION, "x", TestEntries.note(7));
            new Checkpoints(ledger, new ActorKeys(dir.resolve("keys")), Clock.systemUTC()).take("alice");

            VerificationReport r = new LedgerVerifier(store, null, CATALOGUE).verify((Path) null, VerifyProgress.NONE, () -> false);
            assertThat(r.ok()).as(r.failure()).isTrue();
            assertThat(r.headSeq()).isEqualTo(8);
            assertThat(r.checkpointsChecked()).isEqualTo(6);
        }
    }
}
