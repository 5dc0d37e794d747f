package io.steward.app.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.Tone;
import io.steward.model.StewardPaths;
import io.steward.model.inventory.query.SnapshotCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --demo} in the console: the demo ledger is built through the real import while the pages refresh. */
class DemoBuildViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void buildsTheDemoWithProgressAndAnnouncesEachSnapshot() {
        try (Workspace workspace = Workspace.openOrCreate(dir.resolve(StewardPaths.LEDGER_FILE_NAME), "dana", dir.resolve("keys"), CLOCK)) {
            DemoBuildViewModel vm = new DemoBuildViewModel(workspace, InlineTaskExecutor.immediate(), dialogs);
            List<String> banners = new ArrayList<>();
            vm.statusProperty().addListener((obs, old, now) -> banners.add(now == null ? null : now.title()));
            List<Long> snapshotsSeen = new ArrayList<>();
            SnapshotCatalog catalog = workspace.snapshots();
            vm.onSnapshot(() -> snapshotsSeen.add((long) catalog.list().size()));

            vm.start(dir);

            assertThat(banners.get(0)).isEqualTo("Building the demo ledger…");
            assertThat(banners).contains("Building the demo ledger: 1 of 18 files imported…", "Building the demo ledger: 18 of 18 files imported…");
            assertThat(snapshotsSeen).startsWith(1L, 2L).contains(18L); // the pages refresh as each snapshot lands
            assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
            assertThat(vm.statusProperty().get().title()).isEqualTo("Demo ready: 18 snapshots imported");
            assertThat(vm.statusProperty().get().detail()).contains("refused and not stored", dir.resolve("exports").toString());
            assertThat(vm.buildingProperty().get()).isFalse();
            // the 18 files, then the demo's AI agents file; owners, step-up and campaign entries follow them
            assertThat(workspace.ledger().page(0, 10_000, false, "snapshot.imported")).hasSize(19);
            assertThat(dialogs.shown).isEmpty();

            vm.dismiss();
            assertThat(vm.statusProperty().get()).isNull();
        }
    }

    @Test
    void closingTheConsoleWhileItBuildsStoresNothingOfTheFileInFlight() {
        try (Workspace workspace = Workspace.openOrCreate(dir.resolve(StewardPaths.LEDGER_FILE_NAME), "dana", dir.resolve("keys"), CLOCK)) {
            InlineTaskExecutor executor = InlineTaskExecutor.deferred();
            DemoBuildViewModel vm = new DemoBuildViewModel(workspace, executor, dialogs);
            vm.start(dir);
            assertThat(vm.buildingProperty().get()).isTrue();

            executor.shutdown(); // what the console does when its window closes

            assertThat(vm.statusProperty().get().title()).isEqualTo("Demo build stopped");
            assertThat(vm.buildingProperty().get()).isFalse();
            assertThat(workspace.ledger().size()).isZero();
        }
    }
}
