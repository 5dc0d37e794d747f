package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows exports read from a real ledger: a period streamed past page boundaries, lookups by seq, checkpoints. */
class EntryRowsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    /** The entries are read in pages of this many. */
    private static final int PAGE = 5_000;

    @TempDir
    Path dir;
    private Store store;
    private Ledger ledger;
    private EntryRows rows;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        ledger = new Ledger(store, new Ticks(T0::plusSeconds));
        rows = new EntryRows(store);
    }

    /** Entries 1..n, every third a note; one write transaction, as the point is many entries, not many commits. */
    private void fill(int n) {
        store.write(tx -> {
            for (int i = 1; i <= n; i++) {
                ledger.append(tx, "alice", i % 3 == 0 ? TestEntries.OWNER_NOTE : TestEntries.DECISION, "subject-" + i, TestEntries.note(i));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPeriodIsCountedAndStreamedInSeqOrderAcrossPages() {
        fill(2 * PAGE + 1_001);
        // Entries 101..11000 by time (entry n is at T0 + n-1 seconds), and no further than entry 10500.
        EntryRows.Period period = rows.period(T0.plusSeconds(100), T0.plusSeconds(10_999), 10_500);

        assertThat(period.count()).isEqualTo(10_400);
        List<Long> seqs = new ArrayList<>();
        period.forEach(r -> seqs.add(r.seq()), () -> false);
        assertThat(seqs).hasSize(10_400).first().isEqualTo(101L);
        assertThat(seqs).last().isEqualTo(10_500L);
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        assertThat(period.countsByKind()).containsExactly(java.util.Map.entry("test.decision", 6_933L), java.util.Map.entry("test.note", 3_467L));

        AtomicInteger notes = new AtomicInteger();
        period.forEachOfKinds(List.of("test.note"), r -> {
            assertThat(r.kind()).isEqualTo("test.note");
            notes.incrementAndGet();
        }, () -> false);
        assertThat(notes).hasValue(3_467);
    }

    @Test
    void aPeriodOfScatteredEntriesHoldsExactlyThem() {
        // A clock set back and forth: every third entry is a year early, so the period's entries are not consecutive.
        Ledger jumpy = new Ledger(store, new Ticks(n -> (n + 1) % 3 == 0 ? T0.minusSeconds(365L * 86_400 - n) : T0.plusSeconds(n + 1)));
        store.write(tx -> {
            for (int i = 1; i <= 12_000; i++) {
                jumpy.append(tx, "alice", i % 2 == 0 ? TestEntries.OWNER_NOTE : TestEntries.DECISION, "subject-" + i, TestEntries.note(i));
            }
            return null;
        });
        EntryRows.Period period = rows.period(T0, T0.plusSeconds(20_000), Long.MAX_VALUE);

        List<Long> seqs = new ArrayList<>();
        period.forEach(r -> seqs.add(r.seq()), () -> false);
        List<Long> expected = java.util.stream.LongStream.rangeClosed(1, 12_000).filter(n -> n % 3 != 0).boxed().toList();
        assertThat(seqs).isEqualTo(expected);
        assertThat(period.count()).isEqualTo(8_000);
        assertThat(period.countsByKind()).containsExactly(java.util.Map.entry("test.decision", 4_000L), java.util.Map.entry("test.note", 4_000L));
        List<Long> notes = new ArrayList<>();
        period.forEachOfKinds(List.of("test.note"), r -> notes.add(r.seq()), () -> false);
        assertThat(notes).isEqualTo(expected.stream().filter(n -> n % 2 == 0).toList());
        assertThat(rows.period(T0.plusSeconds(30_000), T0.plusSeconds(40_000), Long.MAX_VALUE).count()).isZero();
    }

    @Test
    void aRowRestatesItsEntryAsStored() {
        fill(50);
        LedgerEntry stored = ledger.entry(43).orElseThrow();

        EntryRow row = rows.rowsAt(Set.of(43L, 99_999L)).get(43L);

        assertThat(rows.rowsAt(Set.of(99_999L))).isEmpty();
        assertThat(row).isEqualTo(new EntryRow(43, Ledger.TIME.format(stored.time()), "alice", "test.decision", "subject-43",
                "{\"n\":43,\"note\":\"entry 43\"}", stored.hash()));
        assertThat(rows.hashesAt(Set.of(1L, 43L, 99_999L))).containsOnlyKeys(1L, 43L).containsEntry(43L, stored.hash());
        assertThat(rows.hashAt(43)).contains(stored.hash());
        assertThat(rows.hashAt(0)).contains(Hashes.hex(Hashes.GENESIS));
        assertThat(rows.hashAt(99_999)).isEmpty();
        assertThat(rows.headSeq()).isEqualTo(50);
        assertThat(rows.ledgerId()).isEqualTo(store.ledgerId());
    }

    @Test
    void checkpointsUpToAHeadAreReadBackInOrder() {
        fill(3);
        Checkpoints checkpoints = new Checkpoints(ledger, new ActorKeys(dir.resolve("keys")), Clock.fixed(T0, ZoneOffset.UTC));
        Checkpoint first = checkpoints.take("alice");
        Checkpoint second = checkpoints.take("alice");

        assertThat(rows.checkpoints(first.seq() + 1)).extracting(Checkpoint::seq).containsExactly(first.seq());
        assertThat(rows.checkpoints(Long.MAX_VALUE)).extracting(Checkpoint::seq).containsExactly(first.seq(), second.seq());
    }

    @Test
    void aCancelStopsTheStreamBetweenPages() {
        fill(PAGE + 1);
        AtomicInteger seen = new AtomicInteger();

        assertThatThrownBy(() -> rows.period(T0, T0.plusSeconds(PAGE + 1), PAGE + 1).forEach(r -> seen.incrementAndGet(),
                () -> seen.get() > 0)).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).as("one page, then the cancel").isEqualTo(PAGE);
    }

    /** The n-th time asked for (from 0) is {@code at(n)}; {@code T0::plusSeconds} puts entry n at T0 + (n - 1) seconds. */
    private static final class Ticks extends Clock {
        private final java.util.function.LongFunction<Instant> at;
        private long n;

        Ticks(java.util.function.LongFunction<Instant> at) {
            this.at = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return at.apply(n++);
        }
    }
}
