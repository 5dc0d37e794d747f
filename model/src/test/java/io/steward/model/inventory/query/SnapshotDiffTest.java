package io.steward.model.inventory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffTest {
    static final String SOURCE = "aws:333333333333";
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
    static final String READ = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    @TempDir
    Path dir;
    Store store;
    SnapshotFixtures fixtures;
    SnapshotDiff diff;
    SnapshotInfo older;
    SnapshotInfo newer;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("ledger.steward"));
        fixtures = new SnapshotFixtures(store);
        diff = new SnapshotDiff(store);
        older = fixtures.write(SOURCE, "aws-authorization-details", T0, List.of(
                user("alpha", "data", key("k1", true, null), List.of(grant(READ, null))),
                user("bravo", "data", key("k1", true, null), List.of(grant(READ, null), grant(ADMIN, null))),
                user("charlie", "web", null, List.of()),
                user("delta", "web", null, List.of()),
                user("echo", null, key("k1", true, T0.minusSeconds(10)), List.of(grant(READ, "aws:MultiFactorAuthPresent")))));
        newer = fixtures.write(SOURCE, "aws-authorization-details", T0.plusSeconds(86_400), List.of(
                user("alpha", "data", key("k1", true, null), List.of(grant(READ, null))),                  // unchanged
                user("bravo", "data", key("k2", true, null), List.of(grant(READ, null))),                  // key replaced, admin gone
                user("delta", "platform", null, List.of(grant(ADMIN, null))),                              // owner, admin added
                user("echo", null, key("k1", false, T0.plusSeconds(10)), List.of(grant(READ, null))),      // key deactivated, condition
                user("foxtrot", "web", null, List.of())));                                                 // added; charlie removed
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static IdentityRecord user(String name, String owner, CredentialRecord key, List<GrantRecord> grants) {
        return IdentityRecord.builder("arn:aws:iam::333333333333:user/" + name, "iam-user").name(name).ownerHint(owner)
                .createdAt(T0.minusSeconds(86_400L * 400)).credentials(key == null ? List.of() : List.of(key)).grants(grants).at(1, 1).build();
    }

    static CredentialRecord key(String id, boolean active, Instant used) {
        return new CredentialRecord(id, null, "aws-access-key", active, T0.minusSeconds(86_400L * 200), T0.minusSeconds(86_400L * 200), used, null);
    }

    static GrantRecord grant(String policy, String condition) {
        return new GrantRecord(policy, "*", "attached", condition);
    }

    @Test
    void summaryCountsAddedRemovedChangedAndUnchanged() {
        DiffSummary s = diff.summary(older.id(), newer.id());
        assertThat(s.from().id()).isEqualTo(older.id());
        assertThat(s.to().id()).isEqualTo(newer.id());
        assertThat(List.of(s.added(), s.removed(), s.changed(), s.unchanged())).containsExactly(1L, 1L, 3L, 1L);
    }

    @Test
    void changesListEveryDifferenceWithCredentialsAndGrants() {
        List<IdentityChange> changes = diff.changes(older.id(), newer.id(), EnumSet.of(ChangeType.ADDED, ChangeType.REMOVED, ChangeType.CHANGED),
                null, 100).changes();
        assertThat(changes).extracting(c -> c.nativeId().substring(c.nativeId().lastIndexOf('/') + 1), IdentityChange::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bravo", ChangeType.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("charlie", ChangeType.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("delta", ChangeType.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("echo", ChangeType.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("foxtrot", ChangeType.ADDED));

        IdentityChange bravo = changes.get(0);
        assertThat(bravo.fields()).isEmpty();
        assertThat(bravo.credentials()).extracting(CredentialChange::type).containsExactlyInAnyOrder(ChangeType.ADDED, ChangeType.REMOVED);
        assertThat(bravo.credentials()).filteredOn(c -> c.type() == ChangeType.ADDED).singleElement()
                .satisfies(c -> assertThat(c.after().nativeId()).isEqualTo("k2"));
        assertThat(bravo.grants()).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(ChangeType.REMOVED);
            assertThat(g.before().privilege()).isEqualTo(ADMIN);
        });

        IdentityChange charlie = changes.get(1);
        assertThat(charlie.before()).isNotNull();
        assertThat(charlie.after()).isNull();
        assertThat(charlie.row().name()).isEqualTo("charlie");

        IdentityChange delta = changes.get(2);
        assertThat(delta.fields()).containsExactly(new FieldChange("owner_hint", "web", "platform"));
        assertThat(delta.grants()).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(ChangeType.ADDED);
            assertThat(g.after().privilege()).isEqualTo(ADMIN);
        });

        IdentityChange echo = changes.get(3);
        assertThat(echo.credentials()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(c.before().active()).isTrue();
            assertThat(c.after().active()).isFalse();
            assertThat(c.after().lastUsedAt()).isEqualTo(T0.plusSeconds(10));
        });
        assertThat(echo.grants()).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(g.before().condition()).isEqualTo("aws:MultiFactorAuthPresent");
            assertThat(g.after().condition()).isNull();
        });

        IdentityChange foxtrot = changes.get(4);
        assertThat(foxtrot.before()).isNull();
        assertThat(foxtrot.after().ownerHint()).isEqualTo("web");
    }

    @Test
    void pagesOfChangesContinueAfterTheLastStableId() {
        Set<ChangeType> types = EnumSet.of(ChangeType.ADDED, ChangeType.REMOVED, ChangeType.CHANGED);
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            DiffPage page = diff.changes(older.id(), newer.id(), types, after, 2);
            page.changes().forEach(c -> seen.add(c.nativeId()));
            after = page.nextAfter();
            pages++;
        } while (after != null);
        assertThat(seen).hasSize(5).isSorted().doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
        assertThat(diff.changes(older.id(), newer.id(), EnumSet.of(ChangeType.REMOVED), null, 10).changes())
                .extracting(IdentityChange::type).containsExactly(ChangeType.REMOVED);
        assertThat(diff.changes(older.id(), newer.id(), EnumSet.of(ChangeType.ADDED), null, 10).changes())
                .extracting(IdentityChange::type).containsExactly(ChangeType.ADDED);
    }

    @Test
    void oneIdentityChangeAndRefusals() {
        assertThat(diff.change(older.id(), newer.id(), "arn:aws:iam::333333333333:user/alpha").type()).isEqualTo(ChangeType.UNCHANGED);
        assertThat(diff.change(older.id(), newer.id(), "arn:aws:iam::333333333333:user/delta").type()).isEqualTo(ChangeType.CHANGED);
        SnapshotInfo other = fixtures.write("gcp:other", "gcp-service-accounts", null,
                List.of(IdentityRecord.builder("x", "service-account").at(1, 1).build()));
        assertThatThrownBy(() -> diff.summary(older.id(), other.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different sources");
        assertThatThrownBy(() -> diff.summary(older.id(), 999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no snapshot 999");
    }

    @Test
    void catalogListsSnapshotsAndTheLatestTwoOfASeries() {
        SnapshotCatalog catalog = new SnapshotCatalog(store);
        fixtures.write(SOURCE, "aws-credential-report", T0.minusSeconds(60), List.of(user("alpha", null, null, List.of())));
        List<CatalogEntry> list = catalog.list();
        assertThat(list).extracting(CatalogEntry::id).containsExactly(older.id(), newer.id(), newer.id() + 1);
        assertThat(list).extracting(CatalogEntry::current).containsExactly(false, true, true);
        assertThat(list.get(0).info().fileSha256()).hasSize(64);
        assertThat(list.get(1).info().counts().identities()).isEqualTo(5);
        // the newest export of the source is the authorization details one; its predecessor is in the same series
        assertThat(catalog.latestTwo(SOURCE)).extracting(CatalogEntry::id).containsExactly(newer.id(), older.id());
        assertThat(catalog.latestTwo("nope")).isEmpty();
        assertThat(catalog.sources()).containsExactly(SOURCE);
        assertThat(catalog.get(older.id()).orElseThrow().info().generatedAt()).isEqualTo(T0);
    }
}
