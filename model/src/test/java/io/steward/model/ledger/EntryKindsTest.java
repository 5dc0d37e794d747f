package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.inventory.InventoryEntries;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue of entry kinds and the typed append, on a real ledger file. */
class EntryKindsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;
    Ledger ledger;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        ledger = new Ledger(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTypedPayloadIsWrittenAsTheSameCanonicalJsonAsAHandBuiltMapAndReadsBack() {
        LedgerEntry entry = ledger.append("alice", TestEntries.DECISION, "item-1", new TestEntries.Note(7, "seven"));

        Map<String, Object> handBuilt = new LinkedHashMap<>();
        handBuilt.put("note", "seven");
        handBuilt.put("n", 7);
        assertThat(CanonicalJson.string(entry.payload())).isEqualTo(CanonicalJson.string(CanonicalJson.tree(handBuilt)))
                .isEqualTo("{\"n\":7,\"note\":\"seven\"}");
        LedgerEntry stored = ledger.entry(entry.seq()).orElseThrow();
        assertThat(stored.time()).isEqualTo(CLOCK.instant());
        assertThat(TestEntries.DECISION.payload(stored)).isEqualTo(new TestEntries.Note(7, "seven"));
        assertThatThrownBy(() -> TestEntries.BULK.payload(stored)).hasMessageContaining("is a test.decision, not a test.bulk");
    }

    @Test
    void theCatalogueFindsKindsByNameInRegistrationOrderAndRefusesANameTwiceWithAnotherPayload() {
        EntryKinds kinds = EntryKinds.builder().with(LedgerEntries::register).with(InventoryEntries::register)
                .kind(TestEntries.DECISION).build();

        assertThat(kinds.all()).extracting(EntryKind::name)
                .containsExactly("checkpoint", "ledger.key-trusted", "ledger.key-untrusted", "snapshot.imported", "mapping.saved",
                        "mapping.forgotten", "source.remembered", "test.decision");
        assertThat(kinds.find("mapping.saved")).contains(InventoryEntries.MAPPING_SAVED);
        assertThat(kinds.find("owner.assigned")).isEmpty();
        assertThatThrownBy(() -> EntryKinds.builder().kind(TestEntries.OWNER_NOTE)
                .kind(EntryKind.of("test.note", TestEntries.Counter.class)))
                .hasMessageContaining("test.note is registered twice");
        assertThatThrownBy(() -> EntryKind.of("Owner Assigned", TestEntries.Note.class)).hasMessageContaining("lower-case words");
    }

    @Test
    void aPayloadIsRequired() {
        assertThatThrownBy(() -> ledger.append("alice", TestEntries.DECISION, "x", null)).hasMessageContaining("needs its payload");
        assertThat(ledger.size()).isZero();
    }

    @Test
    void listenersHearOnceEachCommittedTransactionWithAllItsEntriesAndNothingOfARollBack() {
        List<LedgerChanged> heard = new ArrayList<>();
        Runnable stop = ledger.onChanged(heard::add);

        store.write(tx -> {
            ledger.append(tx, "alice", TestEntries.DECISION, "a", TestEntries.note(1));
            ledger.append(tx, "alice", TestEntries.BULK, "b", new TestEntries.Counter(2));
            assertThat(heard).as("nothing before the commit").isEmpty();
            return null;
        });
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.first()).isEqualTo(1);
            assertThat(c.last()).isEqualTo(2);
            assertThat(c.includes(TestEntries.BULK)).isTrue();
        });

        assertThatThrownBy(() -> store.write(tx -> {
            ledger.append(tx, "alice", TestEntries.DECISION, "c", TestEntries.note(3));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(heard).as("a rolled-back append is not announced").hasSize(1);

        ledger.append("bob", TestEntries.DECISION, "d", TestEntries.note(4));
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1).appended()).extracting(LedgerEntry::seq).containsExactly(3L);
        stop.run();
        ledger.append("bob", TestEntries.DECISION, "e", TestEntries.note(5));
        assertThat(heard).hasSize(2);
    }
}
