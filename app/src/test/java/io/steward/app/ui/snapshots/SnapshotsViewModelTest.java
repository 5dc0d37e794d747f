package io.steward.app.ui.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.imports.IssueRow;
import io.steward.model.inventory.query.CatalogEntry;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.IdentityChange;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Snapshots tab over real imports: June and July credential reports of one account, and a spreadsheet. */
class SnapshotsViewModelTest {
    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;
    SnapshotsViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("snapshots.steward"), "alice", dir.resolve("keys"));
        ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
        InlineTaskExecutor executor = InlineTaskExecutor.immediate();
        vm = new SnapshotsViewModel(workspace.snapshots(),
                new SnapshotDiffViewModel(workspace.diff(), executor, dialogs), executor, dialogs);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsSnapshotsNewestFirstAndComparesTheNewestPairOfASource() {
        vm.refresh();

        assertThat(vm.snapshots()).extracting(e -> e.info().fileName())
                .containsExactly(ConsoleFixtures.SERVICE_ACCOUNTS, ConsoleFixtures.JULY, ConsoleFixtures.JUNE);
        assertThat(vm.snapshots()).extracting(CatalogEntry::current).containsExactly(true, true, false);
        SnapshotDiffViewModel diff = vm.diff();
        assertThat(diff.headingProperty().get()).isEqualTo("#1 " + ConsoleFixtures.JUNE + "  →  #2 " + ConsoleFixtures.JULY);
        assertThat(diff.countsProperty().get())
                .isEqualTo("2 identities added, 2 removed, 7 changed, 3 unchanged · source aws:123456789012");
        assertThat(diff.changes()).extracting(IdentityChange::type).contains(ChangeType.ADDED, ChangeType.REMOVED, ChangeType.CHANGED)
                .hasSize(11);

        IdentityChange rotated = diff.changes().stream().filter(c -> c.nativeId().endsWith("user/payments-api#key1")).findFirst().orElseThrow();
        diff.select(rotated);
        assertThat(diff.changeLines()).contains(
                "Created at: 2019-04-11 09:31 UTC → 2025-06-15 09:00 UTC",
                "Credential key1 (aws-access-key): rotated 2019-04-11 09:31 UTC → 2025-06-15 09:00 UTC; created 2019-04-11 09:31 UTC"
                        + " → 2025-06-15 09:00 UTC; last used 2025-05-31 23:45 UTC → 2025-06-30 23:45 UTC");
        IdentityChange removed = diff.changes().stream().filter(c -> c.type() == ChangeType.REMOVED).findFirst().orElseThrow();
        diff.select(removed);
        assertThat(diff.changeLines()).singleElement().asString().startsWith("Absent from the newer snapshot");

        diff.show(ChangeType.CHANGED, false);
        assertThat(diff.changes()).extracting(IdentityChange::type).containsOnly(ChangeType.ADDED, ChangeType.REMOVED).hasSize(4);
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aSelectedSnapshotShowsTheIssuesStoredWithItAndComparesOnlyWithinASource() {
        vm.refresh();
        CatalogEntry sheet = vm.snapshots().get(0);
        CatalogEntry july = vm.snapshots().get(1);
        CatalogEntry june = vm.snapshots().get(2);

        vm.select(List.of(sheet));
        assertThat(vm.issuesTitleProperty().get())
                .isEqualTo("#3 " + ConsoleFixtures.SERVICE_ACCOUNTS + ": 1 secret value refused, 0 warnings");
        assertThat(vm.issues()).extracting(IssueRow::severity, IssueRow::where, IssueRow::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Secret refused", "record 4, line 5", "api_token"));
        assertThat(vm.canCompareWithPreviousProperty().get()).isFalse();

        vm.select(List.of(sheet, july));
        assertThat(vm.canCompareProperty().get()).isFalse();

        vm.select(List.of(july, june));
        assertThat(vm.canCompareProperty().get()).isTrue();
        vm.diff().show(ChangeType.CHANGED, false);
        vm.compareSelected();
        assertThat(vm.diff().changes()).hasSize(4);

        vm.select(List.of(june));
        assertThat(vm.issues()).extracting(IssueRow::rule).containsExactly("duplicate-id");
        assertThat(vm.canCompareWithPreviousProperty().get()).isFalse();
    }
}
