package io.steward.model.inventory;

import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
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

class SnapshotDiffTest {
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
    void summaryCountsIdentitiesCredentialsAndGrants() {
        DiffSummary s = new SnapshotDiff(store).summary(a.id(), b.id());
        assertThat(s).isEqualTo(new DiffSummary(a.id(), b.id(), 1, 1, 1, 1, 1, 2, 1, 3, 2));
    }

    @Test
    void changesListWhatDiffers() {
        SnapshotDiff diff = new SnapshotDiff(store);
        List<IdentityChange> all = new ArrayList<>();
        diff.forEach(a.id(), b.id(), all::add);
        assertThat(all).extracting(IdentityChange::type, IdentityChange::nativeId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.ADDED, "added"),
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.REMOVED, "removed"),
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.CHANGED, "changed"));
        IdentityChange changed = all.get(2);
        assertThat(changed.fields()).containsExactly(new IdentityChange.FieldChange("owner", "old-team", "new-team"));
        assertThat(changed.credentials()).extracting(IdentityChange.ChildChange::type, IdentityChange.ChildChange::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.CHANGED, "key1"),
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.ADDED, "key3"),
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.REMOVED, "key2"));
        assertThat(changed.grants()).extracting(IdentityChange.ChildChange::type, IdentityChange.ChildChange::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.ADDED, "s3:DeleteObject on * via inline:p"),
                org.assertj.core.groups.Tuple.tuple(IdentityChange.Type.REMOVED, "s3:PutObject on * via inline:p"));
        assertThat(all.get(0).grants()).hasSize(2);
        assertThat(diff.page(a.id(), b.id(), IdentityChange.Type.CHANGED, 1, 10)).isEmpty();
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
