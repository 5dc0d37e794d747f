package io.steward.app.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.Tone;
import io.steward.model.ledger.TamperCase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every tamper case shows as broken on the Ledger page, naming the entry where there is one. */
class LedgerPageTamperTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TamperCase.class)
    void everyTamperCaseShowsAsBroken(TamperCase tamper) {
        Path ledger = dir.resolve("page.steward");
        tamper.prepare(ledger, dir.resolve("keys"));
        try (Workspace workspace = Workspace.openExisting(ledger, "alice", dir.resolve("keys"))) {
            LedgerViewModel vm = new LedgerViewModel(workspace, InlineTaskExecutor.immediate(), new RecordingDialogService(), 50);

            vm.verify();

            LedgerStatus status = vm.statusProperty().get();
            assertThat(status.tone()).isEqualTo(Tone.DANGER);
            assertThat(status.title() + " " + status.detail()).contains(tamper.reason());
            if (tamper.failedSeq() != null) {
                assertThat(status.title()).startsWith("Broken at entry " + tamper.failedSeq() + ": ");
            }
        }
    }
}
