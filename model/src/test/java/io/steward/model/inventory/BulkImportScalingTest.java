package io.steward.model.inventory;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.key;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static io.steward.model.inventory.InventoryFixture.snapshotSeeing;
import static io.steward.model.inventory.InventoryFixture.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.DiffSummary;
import io.steward.model.inventory.query.HistoryEntry;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.SnapshotDiff;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two cases that must scale with the file and not with the ledger (docs/BENCHMARKS.md, "Import"): late duplicates in a
 * bulk import, and a small import into a big ledger. These check the rows, history, diff and verification that come out,
 * and which indexes are live while the rows go in; the timings are the benchmark's (bench/import-benchmark.sh).
 */
class BulkImportScalingTest {
    private static final long BULK = SnapshotWriter.BULK_FILE_BYTES + 1;
    private static final int USERS = 3 * SnapshotWriter.BATCH;

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
    void lateDuplicatesInABulkImportReplaceOrLoseToRowsWrittenBatchesEarlier() {
        List<String> before = indexes();
        List<List<String>> duringLoad = new ArrayList<>();
        SnapshotInfo s = snapshotSeeing(store, "aws:1", "r", null, BULK, (w, tx) -> {
            for (int i = 0; i < USERS; i++) {
                w.add(user(i, "old", "2020-01-01T00:00:00Z"));
            }
            duringLoad.add(indexesIn(tx));
            w.add(user(7, "newer", "2025-01-01T00:00:00Z")); // newer activity: replaces user 7 and its key, long flushed
            w.add(user(8, "older", "2019-01-01T00:00:00Z")); // older: loses to user 8 as written
        });

        assertThat(duringLoad.get(0)).as("indexes live during the bulk load").containsExactly("identity_parent");
        assertThat(indexes()).isEqualTo(before);
        assertThat(s.counts().identities()).isEqualTo(2L * USERS);
        assertThat(s.counts().credentials()).isEqualTo(USERS);
        assertThat(s.counts().duplicates()).isEqualTo(2);
        assertThat(rowsOf("user-7")).isEqualTo(1);
        assertThat(rowsOf("user-7#key1")).isEqualTo(1);
        InventoryQuery query = new InventoryQuery(store);
        var replaced = query.detail(idOf("user-7")).orElseThrow();
        assertThat(replaced.identity().name()).isEqualTo("user-7-newer");
        assertThat(replaced.children()).extracting(IdentityRow::nativeId).containsExactly("user-7#key1");
        var key = query.detail(idOf("user-7#key1")).orElseThrow();
        assertThat(key.parent().nativeId()).isEqualTo("user-7");
        assertThat(key.credentials()).singleElement().satisfies(c -> assertThat(c.lastUsedAt()).isEqualTo(t("2025-01-01T00:00:00Z")));
        assertThat(query.detail(idOf("user-8")).orElseThrow().identity().name()).isEqualTo("user-8-old");
        assertThat(facet(s.id(), "kind", "iam-user")).isEqualTo(USERS);
        assertThat(facet(s.id(), "kind", "access-key")).isEqualTo(USERS);
        assertThat(new Snapshots(store).issues(s.id(), ImportIssue.Severity.WARNING, 0, 10)).extracting(ImportIssue::rule)
                .containsExactly("duplicate-id", "duplicate-id");

        // The next export of the account: user 7 as the duplicate left it is unchanged, user 8 changed, nothing else moved.
        SnapshotInfo next = snapshot(store, "aws:1", "r", null, BULK, w -> {
            for (int i = 0; i < USERS; i++) {
                w.add(i == 7 ? user(i, "newer", "2025-01-01T00:00:00Z") : i == 8 ? user(i, "renamed", "2020-01-01T00:00:00Z")
                        : user(i, "old", "2020-01-01T00:00:00Z"));
            }
        });
        DiffSummary diff = new SnapshotDiff(store).summary(s.id(), next.id());
        assertThat(diff.added()).isZero();
        assertThat(diff.removed()).isZero();
        assertThat(diff.changed()).isEqualTo(1);
        assertThat(query.detail(idOf("user-7", next.id())).orElseThrow().history()).extracting(HistoryEntry::change)
                .containsExactly(ChangeType.ADDED, ChangeType.UNCHANGED);
        assertThat(query.detail(idOf("user-8", next.id())).orElseThrow().history()).extracting(HistoryEntry::change)
                .containsExactly(ChangeType.ADDED, ChangeType.CHANGED);
        assertThat(verify().ok()).as(verify().failure()).isTrue();
    }

    @Test
    void aSmallImportIntoABigLedgerKeepsEveryIndexLiveAndTheOtherSourceCurrent() {
        SnapshotInfo big = snapshot(store, "aws:1", "r", null, BULK, w -> {
            for (int i = 0; i < USERS; i++) {
                w.add(user(i, "old", "2020-01-01T00:00:00Z"));
            }
        });
        List<String> all = indexes();
        List<List<String>> duringLoad = new ArrayList<>();
        SnapshotInfo small = snapshotSeeing(store, "aws:2", "r", null, 100, (w, tx) -> {
            for (int i = 0; i < 10; i++) {
                w.add(user(i, "small", "2024-01-01T00:00:00Z"));
            }
            duringLoad.add(indexesIn(tx));
            w.add(user(3, "small-newer", "2025-01-01T00:00:00Z")); // a duplicate in a small import: rows maintained as they go
        });

        assertThat(duringLoad.get(0)).isEqualTo(all);
        assertThat(indexes()).isEqualTo(all);
        assertThat(small.counts().identities()).isEqualTo(20);
        assertThat(small.counts().duplicates()).isEqualTo(1);
        assertThat(identities(IDENTITY.CURRENT.eq(1L))).isEqualTo(2 * USERS + 20);
        assertThat(identities(IDENTITY.SNAPSHOT_ID.eq(big.id()).and(IDENTITY.CURRENT.eq(1L))))
                .isEqualTo(2 * USERS);
        InventoryQuery query = new InventoryQuery(store);
        assertThat(query.detail(idOf("user-3", small.id())).orElseThrow().identity().name()).isEqualTo("user-3-small-newer");
        assertThat(query.detail(idOf("user-3", big.id())).orElseThrow().identity().name()).isEqualTo("user-3-old");

        // A small newer export of the big source: the big snapshot's rows stop being current, its history stays.
        SnapshotInfo next = snapshot(store, "aws:1", "r", null, 100, w -> w.add(user(1, "only", "2025-01-01T00:00:00Z")));
        assertThat(identities(IDENTITY.SNAPSHOT_ID.eq(big.id()).and(IDENTITY.CURRENT.eq(1L))))
                .isZero();
        DiffSummary diff = new SnapshotDiff(store).summary(big.id(), next.id());
        assertThat(diff.removed()).isEqualTo(2L * USERS - 2);
        assertThat(diff.changed()).isEqualTo(2); // user 1 and its key, used later
        assertThat(query.detail(idOf("user-1", next.id())).orElseThrow().history()).extracting(HistoryEntry::change)
                .containsExactly(ChangeType.ADDED, ChangeType.CHANGED);
        assertThat(verify().ok()).as(verify().failure()).isTrue();
    }

    /** A user with one access key, used at {@code used}; {@code label} goes into the name, so a replaced row can be told apart. */
    private static IdentityRecord user(int i, String label, String used) {
        String id = "user-" + i;
        return identity(id, "iam-user").name(id + "-" + label).lastUsedAt(t(used)).at(i + 1, i + 2)
                .children(List.of(identity(id + "#key1", "access-key")
                        .credentials(List.of(key("AKIA" + i, true, "2019-06-01T00:00:00Z", used))).at(i + 1, i + 2).build()))
                .build();
    }

    private List<String> indexes() {
        return store.read(ctx -> ctx.fetch("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'identity'"
                + " AND sql IS NOT NULL ORDER BY name").getValues(0, String.class));
    }

    /** The identity indexes as the writer's own transaction sees them. */
    private static List<String> indexesIn(DSLContext tx) {
        return tx.fetch("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'identity' AND sql IS NOT NULL"
                + " ORDER BY name").getValues(0, String.class);
    }

    private int identities(org.jooq.Condition condition) {
        return store.read(ctx -> ctx.fetchCount(IDENTITY, condition));
    }

    private long rowsOf(String nativeId) {
        return store.read(ctx -> ctx.fetchCount(IDENTITY, IDENTITY.NATIVE_ID.eq(nativeId)));
    }

    private long idOf(String nativeId) {
        return store.read(ctx -> ctx.select(DSL.max(IDENTITY.ID)).from(IDENTITY).where(IDENTITY.NATIVE_ID.eq(nativeId)).fetchOne(0, Long.class));
    }

    private long idOf(String nativeId, long snapshotId) {
        return store.read(ctx -> ctx.select(IDENTITY.ID).from(IDENTITY).where(IDENTITY.NATIVE_ID.eq(nativeId))
                .and(IDENTITY.SNAPSHOT_ID.eq(snapshotId)).fetchOne(IDENTITY.ID));
    }

    private long facet(long snapshotId, String facet, String value) {
        return store.read(ctx -> ctx.fetchValue("SELECT count FROM snapshot_facet WHERE snapshot_id = ? AND facet = ? AND value = ?",
                snapshotId, facet, value) instanceof Number n ? n.longValue() : 0L);
    }

    private VerificationReport verify() {
        return new LedgerVerifier(store).withContentChecks(List.of(new SnapshotRowCheck())).verify((Path) null, VerifyProgress.NONE, () -> false);
    }
}
