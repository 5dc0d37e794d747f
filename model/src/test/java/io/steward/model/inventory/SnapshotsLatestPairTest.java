package io.steward.model.inventory;

import io.steward.model.inventory.query.SnapshotDiff;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.key;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static io.steward.model.inventory.InventoryFixture.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Snapshots#latestPair}: the two snapshots a diff compares by default. */
class SnapshotsLatestPairTest {
    @TempDir
    Path dir;
    private Store store;
    private SnapshotInfo a;
    private SnapshotInfo b;

    @BeforeEach
    void twoSnapshots() {
        store = Store.open(dir.resolve("ledger.steward"));
        a = snapshot(store, "aws:1", "r", t("2024-01-01T00:00:00Z"), 100, w -> {
            w.add(identity("same", "iam-user").grants(InventoryFixture.grants("s3:GetObject")).build());
            w.add(identity("removed", "iam-user").credentials(List.of(key("key1", true, "2020-01-01T00:00:00Z", null)))
                    .grants(InventoryFixture.grants("iam:*")).build());
            w.add(identity("changed", "iam-user").ownerHint("old-team")
                    .credentials(List.of(key("key1", true, "2020-01-01T00:00:00Z", null), key("key2", true, "2021-01-01T00:00:00Z", null)))
                    .grants(InventoryFixture.grants("s3:GetObject", "s3:PutObject")).build());
        });
        b = snapshot(store, "aws:1", "r", t("2024-02-01T00:00:00Z"), 100, w -> {
            w.add(identity("same", "iam-user").grants(InventoryFixture.grants("s3:GetObject")).build());
            w.add(identity("added", "iam-role").grants(InventoryFixture.grants("sts:AssumeRole", "ec2:*")).build());
            w.add(identity("changed", "iam-user").ownerHint("new-team")
                    .credentials(List.of(key("key1", false, "2020-01-01T00:00:00Z", "2024-01-15T00:00:00Z"),
                            key("key3", true, "2024-01-20T00:00:00Z", null)))
                    .grants(InventoryFixture.grants("s3:GetObject", "s3:DeleteObject")).build());
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void defaultPairIsTheTwoNewestOfTheNewestSeries() {
        SnapshotInfo[] pair = new Snapshots(store).latestPair(null).orElseThrow();
        assertThat(pair[0].id()).isEqualTo(a.id());
        assertThat(pair[1].id()).isEqualTo(b.id());
        assertThat(new Snapshots(store).latestPair("aws:unknown")).isEmpty();
        assertThatThrownBy(() -> new SnapshotDiff(store).summary(a.id(), 999)).hasMessageContaining("no snapshot 999");
    }
}
