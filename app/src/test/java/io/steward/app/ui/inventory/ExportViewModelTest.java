package io.steward.app.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.common.Delays;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.Tone;
import io.steward.exports.inventory.InventoryExport;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Inventory page's Export over a real ledger with real imports, into real files, without the toolkit. */
class ExportViewModelTest {
    static final Clock JULY_15 = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;
    InventoryViewModel inventory;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("inventory.steward"), "alice", dir.resolve("keys"));
        ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
        InventoryQuery query = workspace.inventory();
        InlineTaskExecutor now = InlineTaskExecutor.immediate();
        inventory = new InventoryViewModel(query, new IdentityDetailViewModel(query, workspace.accountability(), now, dialogs, JULY_15), now, dialogs,
                Delays.IMMEDIATE, 5);
        inventory.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    ExportViewModel exports(InlineTaskExecutor executor) {
        return new ExportViewModel(new InventoryExport(workspace.inventory()), inventory, executor, dialogs, JULY_15);
    }

    @Test
    void exportsWhatThePageSelectsInItsOrderNotJustThePageOnScreen() throws Exception {
        inventory.searchTextProperty().set("deploy");
        inventory.searchNow();
        inventory.sortBy(IdentitySort.NAME, true);
        Path chosen = dir.resolve("deployers"); // no extension: CSV is the default
        dialogs.fileToChoose = chosen;
        ExportViewModel vm = exports(InlineTaskExecutor.immediate());

        vm.chooseFileAndExport();

        assertThat(dialogs.shown).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("save");
            assertThat(s.message()).isEqualTo("identities-2025-07-15.csv");
        });
        List<String> lines = Files.readAllLines(dir.resolve("deployers.csv"));
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.subList(1, 4)).extracting(l -> l.split(",")[5])
                .containsExactly("deploy-bot access key 1", "deploy-bot", "ci-deployer"); // name, descending
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Exported 3 identities");
        assertThat(vm.exportingProperty().get()).isFalse();

        vm.dismiss();
        assertThat(vm.statusProperty().get()).isNull();
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        InlineTaskExecutor later = InlineTaskExecutor.deferred();
        ExportViewModel vm = exports(later);

        vm.export(dir.resolve("all.json"));
        assertThat(vm.exportingProperty().get()).isTrue();
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.RUNNING);
        vm.cancel();
        later.runPending();

        assertThat(vm.statusProperty().get().title()).isEqualTo("Export cancelled");
        assertThat(vm.exportingProperty().get()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("all.json") || n.startsWith(".all.json"));
        }
    }

    @Test
    void aFailedExportSaysWhyAndTheNextOneWorks() throws Exception {
        ExportViewModel vm = exports(InlineTaskExecutor.immediate());

        vm.export(dir.resolve("no-such-folder/all.csv"));

        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.DANGER);
        assertThat(vm.statusProperty().get().detail()).contains("no-such-folder");
        vm.export(dir.resolve("all.csv"));
        assertThat(vm.statusProperty().get().title()).isEqualTo("Exported 18 identities");
    }
}
