package io.steward.model.inventory;

import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.InventoryQuery;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;
import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.key;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static io.steward.model.inventory.InventoryFixture.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotWriterTest {
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
    void writesIdentitiesChildrenAndTheLedgerEntryInOneTransaction() {
        SnapshotInfo s = snapshot(store, "aws:1", w -> {
            w.add(identity("arn:u1", "iam-user").createdAt(t("2020-01-01T00:00:00Z"))
                    .credentials(List.of(new CredentialRecord("password", null, "console-password", true, null, null, null, null)))
                    .grants(InventoryFixture.grants("s3:GetObject", "s3:PutObject"))
                    .links(List.of(new LinkRecord("assumable-by", "aws-service", "lambda.amazonaws.com")))
                    .children(List.of(identity("arn:u1#key1", "access-key").enabled(true)
                            .credentials(List.of(key("key1", true, "2021-01-01T00:00:00Z", null))).build()))
                    .attributes(java.util.Map.of("mfaActive", false)).tags(java.util.Map.of("Owner", "team")).build());
            w.recordsRead(1);
        });
        assertThat(s.counts()).isEqualTo(new SnapshotCounts(1, 2, 2, 2, 1, 0, 0, 0));
        assertThat(new Ledger(store, java.time.Clock.systemUTC()).entry(s.ledgerSeq()).orElseThrow().payload().get("counts").get("credentials").asLong()).isEqualTo(2);
        var detail = new InventoryQuery(store).detail(idOf("arn:u1#key1")).orElseThrow();
        assertThat(detail.parent().nativeId()).isEqualTo("arn:u1");
        assertThat(detail.credentials()).singleElement().extracting(CredentialView::nativeId).isEqualTo("key1");
        var user = new InventoryQuery(store).detail(idOf("arn:u1")).orElseThrow();
        assertThat(user.children()).extracting(IdentityRow::nativeId).containsExactly("arn:u1#key1");
        assertThat(user.attributes()).containsEntry("mfaActive", false);
        assertThat(user.tags()).containsEntry("Owner", "team");
        assertThat(user.grants()).hasSize(2);
        assertThat(user.links()).singleElement().satisfies(l -> assertThat(l.targetNativeId()).isEqualTo("lambda.amazonaws.com"));
    }

    @Test
    void aFailedImportLeavesNothing() {
        assertThatThrownBy(() -> store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, new SnapshotStart("f.csv", InventoryFixture.SHA, 1, "x", "1", Instant.now(), "me"))) {
                w.source("aws:1");
                for (int i = 0; i < 5_000; i++) {
                    w.add(identity("id" + i, "k").build()); // enough to flush batches
                }
                throw new IllegalStateException("boom");
            }
        })).hasMessage("boom");
        int identities = store.read(ctx -> ctx.fetchCount(IDENTITY));
        int snapshots = store.read(ctx -> ctx.fetchCount(SNAPSHOT));
        assertThat(identities).isZero();
        assertThat(snapshots).isZero();
        assertThat(new Ledger(store, java.time.Clock.systemUTC()).size()).isZero();
    }

    @Test
    void duplicatesKeepNewestActivityOrTheFirstOnATie() {
        SnapshotInfo s = snapshot(store, "aws:1", w -> {
            w.add(identity("a", "k").lastUsedAt(t("2024-01-01T00:00:00Z")).name("first").at(1, 2).build());
            w.add(identity("a", "k").lastUsedAt(t("2024-06-01T00:00:00Z")).name("newer").at(2, 3).build());
            w.add(identity("a", "k").lastUsedAt(t("2023-01-01T00:00:00Z")).name("older").at(3, 4).build());
            w.add(identity("b", "k").name("b-first").at(4, 5).build());
            w.add(identity("b", "k").name("b-second").at(5, 6).build());
            // a parent replaced by a newer duplicate takes its children with it
            w.add(identity("u", "user").at(6, 7).children(List.of(identity("u#key1", "access-key")
                    .credentials(List.of(key("key1", true, "2020-01-01T00:00:00Z", "2020-02-01T00:00:00Z"))).at(6, 7).build())).build());
            w.add(identity("u", "user").lastUsedAt(t("2025-01-01T00:00:00Z")).at(7, 8).children(List.of(identity("u#key1", "access-key")
                    .credentials(List.of(key("key1", false, "2020-01-01T00:00:00Z", "2025-01-01T00:00:00Z"))).at(7, 8).build())).build());
        });
        assertThat(s.counts().identities()).isEqualTo(4);
        assertThat(s.counts().duplicates()).isEqualTo(4);
        assertThat(nameOf("a")).isEqualTo("newer");
        assertThat(nameOf("b")).isEqualTo("b-first");
        var key = new InventoryQuery(store).detail(idOf("u#key1")).orElseThrow();
        assertThat(key.credentials()).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
        assertThat(key.parent().nativeId()).isEqualTo("u");
        assertThat(new Snapshots(store).issues(s.id(), ImportIssue.Severity.WARNING, 0, 10)).extracting(ImportIssue::message)
                .contains("records 1 and 2 have the same id; kept record 2 (newest activity), dropped record 1",
                        "records 2 and 3 have the same id; kept record 2 (newest activity), dropped record 3",
                        "records 4 and 5 have the same id; kept record 4 (newest activity), dropped record 5");
        assertThat(facet(s.id(), "kind", "k")).isEqualTo(2);
        assertThat(facet(s.id(), "kind", "access-key")).isEqualTo(1);
    }

    @Test
    void duplicatesAcrossFlushedBatchesAreFoundToo() {
        SnapshotInfo s = snapshot(store, "aws:1", w -> {
            w.add(identity("early", "k").name("old").build());
            for (int i = 0; i < SnapshotWriter.BATCH * 2; i++) {
                w.add(identity("filler" + i, "k").build());
            }
            w.add(identity("early", "k").name("new").lastUsedAt(t("2024-01-01T00:00:00Z")).build());
        });
        assertThat(s.counts().identities()).isEqualTo(SnapshotWriter.BATCH * 2 + 1);
        assertThat(nameOf("early")).isEqualTo("new");
    }

    @Test
    void aBigImportRebuildsTheIndexesItDropped() {
        List<String> before = indexes();
        SnapshotInfo s = snapshot(store, "aws:1", "x", null, SnapshotWriter.BULK_FILE_BYTES + 1, w -> {
            for (int i = 0; i < 3_000; i++) {
                w.add(identity("id-" + i, i % 2 == 0 ? "even" : "odd").lastUsedAt(i % 3 == 0 ? null : t("2024-01-01T00:00:00Z")).build());
            }
        });
        assertThat(indexes()).isEqualTo(before).contains("identity_native", "identity_current_name");
        assertThat(s.counts().identities()).isEqualTo(3_000);
        assertThatThrownBy(() -> store.write(tx -> tx.execute("INSERT INTO identity (snapshot_id, native_id, name, name_key, kind,"
                + " content_hash, record_no) VALUES (" + s.id() + ", 'id-1', 'x', 'x', 'k', 0, 0)")))
                .hasMessageContaining("UNIQUE"); // the rebuilt unique index is enforced
    }

    @Test
    void onlyTheNewestSnapshotOfASeriesIsCurrentEvenWhenAnOlderExportIsImportedLater() {
        SnapshotInfo march = snapshot(store, "aws:1", "r", t("2024-03-01T00:00:00Z"), 100, w -> w.add(identity("m", "k").build()));
        SnapshotInfo jan = snapshot(store, "aws:1", "r", t("2024-01-01T00:00:00Z"), 100, w -> w.add(identity("j", "k").build()));
        SnapshotInfo other = snapshot(store, "aws:2", "r", t("2024-01-01T00:00:00Z"), 100, w -> w.add(identity("o", "k").build()));
        List<Long> current = store.read(ctx -> ctx.select(IDENTITY.SNAPSHOT_ID).from(IDENTITY).where(IDENTITY.CURRENT.eq(1L))
                .orderBy(IDENTITY.SNAPSHOT_ID).fetch(IDENTITY.SNAPSHOT_ID));
        assertThat(current).containsExactly(march.id(), other.id());
        assertThat(new Snapshots(store).latest()).extracting(SnapshotInfo::id).containsExactlyInAnyOrder(march.id(), other.id());
        assertThat(new Snapshots(store).series("aws:1", "r")).extracting(SnapshotInfo::id).containsExactly(jan.id(), march.id());
    }

    private long idOf(String nativeId) {
        return store.read(ctx -> ctx.select(IDENTITY.ID).from(IDENTITY).where(IDENTITY.NATIVE_ID.eq(nativeId)).fetchOne(IDENTITY.ID));
    }

    private String nameOf(String nativeId) {
        return store.read(ctx -> ctx.select(IDENTITY.NAME).from(IDENTITY).where(IDENTITY.NATIVE_ID.eq(nativeId)).fetchOne(IDENTITY.NAME));
    }

    private long facet(long snapshot, String facet, String value) {
        return store.read(ctx -> ctx.select(io.steward.model.db.Tables.SNAPSHOT_FACET.COUNT).from(io.steward.model.db.Tables.SNAPSHOT_FACET)
                .where(io.steward.model.db.Tables.SNAPSHOT_FACET.SNAPSHOT_ID.eq(snapshot)
                        .and(io.steward.model.db.Tables.SNAPSHOT_FACET.FACET.eq(facet))
                        .and(io.steward.model.db.Tables.SNAPSHOT_FACET.VALUE.eq(value))).fetchOne(0, Long.class));
    }

    private List<String> indexes() {
        return store.read(ctx -> ctx.resultQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'identity'"
                + " ORDER BY name").fetch(0, String.class));
    }
}
