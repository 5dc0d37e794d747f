package io.steward.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import java.nio.file.Path;
import java.util.Arrays;
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

            vm.showByShortcut(5);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.LEDGER);
            vm.showByShortcut(1);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.INVENTORY);
            vm.showByShortcut(6);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.EXPORTS);
            vm.showByShortcut(7);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.EXPORTS);

            assertThat(vm.ledgerFile()).isEqualTo(dir.resolve("m.steward").toString());
            assertThat(vm.actor()).isEqualTo("dana");
            assertThat(vm.windowTitle()).endsWith("m.steward");
        }
    }

    @Test
    void everyPageButInventoryAndLedgerSaysWhatBringsItAndWhatItWillDo() {
        assertThat(Arrays.stream(Page.values()).filter(p -> p.planned() == null)).containsExactly(Page.INVENTORY, Page.LEDGER);
        for (Page p : Page.values()) {
            assertThat(p.shortcutDigit()).isEqualTo(p.ordinal() + 1);
            if (p.planned() != null) {
                assertThat(p.planned().arrivesWith()).isNotBlank();
                assertThat(p.planned().willDo()).isNotEmpty();
            }
        }
    }
}
