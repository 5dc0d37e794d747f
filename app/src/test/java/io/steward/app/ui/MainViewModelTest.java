package io.steward.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    @Test
    void opensOnTheInventoryPageAndShortcutsSelectPagesInNavigationOrder() {
        try (Workspace w = Workspace.openOrCreate(dir.resolve("m.steward"), "dana", dir.resolve("keys"))) {
            MainViewModel vm = new MainViewModel(w);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.INVENTORY);

            vm.showByShortcut(2);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.LEDGER);
            vm.showByShortcut(1);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.INVENTORY);
            vm.showByShortcut(2);
            vm.showByShortcut(7); // no such page: nothing changes
            assertThat(vm.pageProperty().get()).isEqualTo(Page.LEDGER);

            assertThat(vm.ledgerFile()).isEqualTo(dir.resolve("m.steward").toString());
            assertThat(vm.actor()).isEqualTo("dana");
            assertThat(vm.windowTitle()).endsWith("m.steward");
        }
    }

    @Test
    void onlyWorkingPagesAreInTheNavigation() {
        assertThat(Page.values()).containsExactly(Page.INVENTORY, Page.LEDGER, Page.CAMPAIGNS);
        for (Page p : Page.values()) {
            assertThat(p.shortcutDigit()).isEqualTo(p.ordinal() + 1);
        }
    }
}
