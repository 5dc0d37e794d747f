package io.steward.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.app.Workspace;
import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.ManualDelays;
import io.steward.app.ui.common.RecordingDialogService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    @Test
    void opensOnTheFirstPageAndShortcutsSelectPagesInNavigationOrder() {
        try (Workspace w = Workspace.openOrCreate(dir.resolve("m.steward"), "dana", dir.resolve("keys"))) {
            MainViewModel vm = new MainViewModel(w, List.of("inventory", "ledger"));
            assertThat(vm.pageProperty().get()).isEqualTo("inventory");

            vm.showByShortcut(2);
            assertThat(vm.pageProperty().get()).isEqualTo("ledger");
            vm.showByShortcut(1);
            assertThat(vm.pageProperty().get()).isEqualTo("inventory");
            vm.showByShortcut(2);
            vm.showByShortcut(7); // no such page: nothing changes
            assertThat(vm.pageProperty().get()).isEqualTo("ledger");
            assertThat(vm.shortcutDigit("ledger")).isEqualTo(2);
            assertThatThrownBy(() -> vm.show("owners")).hasMessageContaining("no page owners");

            assertThat(vm.ledgerFile()).isEqualTo(dir.resolve("m.steward").toString());
            assertThat(vm.actor()).isEqualTo("dana");
            assertThat(vm.windowTitle()).endsWith("m.steward");
        }
    }

    @Test
    void theStandardPagesAreInventoryThenLedgerAndPageIdsMustBeDistinct() {
        try (Workspace w = Workspace.openOrCreate(dir.resolve("m.steward"), "dana", dir.resolve("keys"))) {
            // Built as the console builds them (a page's view is only made when first shown): ids in navigation order.
            ConsoleContext context = new ConsoleContext(w, InlineTaskExecutor.immediate(), new RecordingDialogService(),
                    new ManualDelays(), banner -> { });
            List<String> ids = ConsolePages.STANDARD.stream().map(f -> f.create(context).id()).toList();
            assertThat(ids).startsWith("inventory", "ledger").contains("campaigns", "stepUp", "findings", "accountability").doesNotHaveDuplicates();
            assertThat(new MainViewModel(w, ids).shortcutDigit("findings")).isEqualTo(ids.indexOf("findings") + 1);
            assertThatThrownBy(() -> new MainViewModel(w, List.of("a", "a"))).hasMessageContaining("distinct");
            assertThatThrownBy(() -> new MainViewModel(w, List.of())).hasMessageContaining("distinct");
        }
    }
}
