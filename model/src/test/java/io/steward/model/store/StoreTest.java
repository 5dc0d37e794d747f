package io.steward.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.StewardPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void aLedgerOpenedReadOnlyIsReadThroughAMemoryMapAndAWritableOneIsNot() {
        Path file = dir.resolve("ledger.steward");
        try (Store store = Store.open(file)) {
            String mmap = store.read(ctx -> String.valueOf(ctx.fetchValue("PRAGMA mmap_size")));
            assertThat(mmap).isEqualTo("0");
        }
        try (Store store = Store.openReadOnly(file)) {
            String mmap = store.read(ctx -> String.valueOf(ctx.fetchValue("PRAGMA mmap_size")));
            assertThat(mmap).isEqualTo(String.valueOf(Store.READ_ONLY_MMAP_BYTES));
            // read transactions end with their work: a second one on the pooled connection would fail to BEGIN inside the first
            String rows = store.readConsistent(ctx -> String.valueOf(ctx.fetchValue("SELECT count(*) FROM ledger_meta")));
            assertThat(rows).isEqualTo("1");
            assertThatThrownBy(() -> store.readConsistent(ctx -> {
                throw new IllegalStateException("stop");
            })).hasMessage("stop");
            String again = store.readConsistent(ctx -> String.valueOf(ctx.fetchValue("SELECT count(*) FROM ledger_meta")));
            assertThat(again).isEqualTo("1");
        }
    }

    @Test
    void newLedgerIsWalWithForeignKeysAndOwnerOnlyFiles() throws Exception {
        Path file = dir.resolve("sub/folder/ledger.steward");
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            ledger.append("alice", io.steward.model.ledger.TestEntries.DECISION, "x", io.steward.model.ledger.TestEntries.note(1));
            new Checkpoints(ledger, new ActorKeys(dir.resolve("keys")), java.time.Clock.systemUTC()).take("alice");
            store.read(ctx -> {
                assertThat(ctx.fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
                assertThat(ctx.fetchValue("PRAGMA foreign_keys").toString()).isEqualTo("1");
                assertThat(ctx.fetchValue("PRAGMA synchronous").toString()).isEqualTo("2");
                assertThat(ctx.fetchValue("PRAGMA busy_timeout").toString()).isEqualTo(String.valueOf(Store.BUSY_TIMEOUT_MS));
                return null;
            });
            assertThat(store.ledgerId()).matches("[0-9a-f]{32}");
            for (Path p : new Path[] {file, Path.of(file + "-wal"), StewardPaths.sidecarOf(file), dir.resolve("keys/alice.p12")}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void triggersRejectUpdateAndDeleteAndOutOfOrderInserts() throws Exception {
        Path file = dir.resolve("ledger.steward");
        try (Store store = Store.open(file)) {
            new Ledger(store, java.time.Clock.systemUTC()).append("alice", io.steward.model.ledger.TestEntries.DECISION, "x", io.steward.model.ledger.TestEntries.note(1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("UPDATE ledger_entry SET body = '{}'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("DELETE FROM ledger_entry")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("INSERT INTO ledger_entry VALUES (5, '{}', zeroblob(32), zeroblob(32))"))
                    .hasMessageContaining("out of order");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM ledger_entry")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void reopeningKeepsTheLedgerIdAndEntries() {
        Path file = dir.resolve("ledger.steward");
        String id;
        try (Store store = Store.open(file)) {
            id = store.ledgerId();
            new Ledger(store, java.time.Clock.systemUTC()).append("alice", io.steward.model.ledger.TestEntries.DECISION, "x", io.steward.model.ledger.TestEntries.note(1));
        }
        try (Store store = Store.open(file)) {
            assertThat(store.ledgerId()).isEqualTo(id);
            assertThat(new Ledger(store, java.time.Clock.systemUTC()).size()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedClearly() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a database, just some text that is long enough to look like a file header");
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("Steward ledger");
    }

    @Test
    void failedWriteTransactionLeavesNothingBehind() {
        try (Store store = Store.open(dir.resolve("ledger.steward"))) {
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            assertThatThrownBy(() -> store.write(tx -> {
                ledger.append(tx, "alice", io.steward.model.ledger.TestEntries.DECISION, "a", io.steward.model.ledger.TestEntries.note(1));
                ledger.append(tx, "alice", io.steward.model.ledger.TestEntries.DECISION, "b", io.steward.model.ledger.TestEntries.note(1));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(ledger.size()).isZero();
            ledger.append("alice", io.steward.model.ledger.TestEntries.DECISION, "c", io.steward.model.ledger.TestEntries.note(1));
            assertThat(ledger.size()).isEqualTo(1);
        }
    }

    @Test
    void sqliteVersionsBelowTheMinimumAreRefused() {
        assertThatThrownBy(() -> SqliteVersion.parse("3.51.2").requireSupported()).isInstanceOf(StoreException.class)
                .hasMessageContaining("3.51.3");
        SqliteVersion.parse("3.51.3").requireSupported();
        SqliteVersion.parse("3.54.1").requireSupported();
        assertThat(SqliteVersion.parse("3.9.0")).isLessThan(SqliteVersion.parse("3.10.0"));
    }
}
