package io.steward.app.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.TestLedgers;
import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.Tone;
import io.steward.model.StewardPaths;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.ledger.Tamper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ledger page's view model on real ledger files, without the JavaFX toolkit (inline executor). */
class LedgerViewModelTest {
    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    LedgerViewModel open(int entries, int pageSize, InlineTaskExecutor executor) {
        Path ledger = dir.resolve("vm.steward");
        if (entries > 0) {
            TestLedgers.append(ledger, "alice", entries);
        }
        workspace = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"));
        return new LedgerViewModel(workspace, executor, dialogs, pageSize);
    }

    LedgerViewModel open(int entries, int pageSize) {
        return open(entries, pageSize, InlineTaskExecutor.immediate());
    }

    @Test
    void pagesThroughTheLedgerNewestFirstWithKeysetPaging() {
        LedgerViewModel vm = open(450, 200);

        vm.showNewest();
        assertThat(seqs(vm)).startsWith(450L, 449L).endsWith(251L).hasSize(200);
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Entries 251–450 of 450");
        assertThat(vm.selectedProperty().get().seq()).isEqualTo(450);
        assertThat(vm.detailsProperty().get().heading()).startsWith("Entry 450 ·");
        assertThat(vm.hasNewerProperty().get()).isFalse();
        assertThat(vm.hasOlderProperty().get()).isTrue();

        vm.showOlder();
        assertThat(seqs(vm)).startsWith(250L).endsWith(51L);
        vm.showOlder();
        assertThat(seqs(vm)).startsWith(50L).endsWith(1L).hasSize(50);
        assertThat(vm.hasOlderProperty().get()).isFalse();
        assertThat(vm.hasNewerProperty().get()).isTrue();

        vm.showNewer();
        assertThat(seqs(vm)).startsWith(250L).endsWith(51L);
        vm.showNewer();
        assertThat(seqs(vm)).startsWith(450L).endsWith(251L);
        assertThat(vm.hasNewerProperty().get()).isFalse();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void newerNearTheTopShowsAFullNewestPage() {
        LedgerViewModel vm = open(450, 200);
        vm.showNewest();
        vm.showOlder();
        TestLedgers.append(workspace.ledgerFile(), "bob", 30);

        vm.showNewer();
        assertThat(seqs(vm)).startsWith(450L).endsWith(251L);
        assertThat(vm.hasNewerProperty().get()).isTrue();

        vm.showNewer();
        assertThat(seqs(vm)).startsWith(480L).endsWith(281L).hasSize(200);
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Entries 281–480 of 480");
    }

    @Test
    void anEmptyLedgerSaysSo() {
        LedgerViewModel vm = open(0, 200);

        vm.showNewest();

        assertThat(vm.entries()).isEmpty();
        assertThat(vm.pageInfoProperty().get()).isEqualTo("The ledger has no entries yet");
        assertThat(vm.hasOlderProperty().get()).isFalse();
    }

    @Test
    void selectingAnEntryShowsItsFieldsHashesAndPrettyPayload() {
        LedgerViewModel vm = open(5, 200);
        vm.showNewest();
        LedgerEntry third = vm.entries().get(2);

        vm.select(third);

        EntryDetails d = vm.detailsProperty().get();
        assertThat(d.heading()).isEqualTo("Entry 3 · mapping.saved");
        assertThat(d.actor()).isEqualTo("alice");
        assertThat(d.byline()).isEqualTo("by alice at " + d.time()).endsWith("Z");
        assertThat(d.subject()).isEqualTo("identity-3");
        assertThat(d.hash()).isEqualTo(third.hash()).hasSize(64);
        assertThat(d.prevHash()).isEqualTo(vm.entries().get(3).hash());
        assertThat(d.payloadJson()).contains("\n").contains("\"note\" : \"entry 3\"");

        vm.select(null);
        assertThat(vm.detailsProperty().get()).isEqualTo(EntryDetails.NONE);
    }

    @Test
    void verifyReportsSuccessWithCountsAndHead() {
        LedgerViewModel vm = open(5, 200);
        vm.checkpointNow();
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, old, now) -> progress.add(now.doubleValue()));

        vm.verify();

        LedgerStatus s = vm.statusProperty().get();
        String head = workspace.ledger().head().orElseThrow().hash();
        assertThat(s.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(s.title()).isEqualTo("Verified: 7 entries, 3 checkpoints, head " + head.substring(0, 16) + "…");
        assertThat(s.detail()).contains("unbroken up to seq 7.").contains(StewardPaths.sidecarOf(workspace.ledgerFile()).toString());
        assertThat(progress).contains(1.0);
        assertThat(vm.verifyingProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void verifyNamesTheFirstBrokenEntry() {
        LedgerViewModel vm = open(5, 200);
        new Tamper(workspace.ledgerFile()).editBody(4, "entry 4", "entry 9");

        vm.verify();

        LedgerStatus s = vm.statusProperty().get();
        assertThat(s.tone()).isEqualTo(Tone.DANGER);
        assertThat(s.title()).startsWith("Broken at entry 4: ");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void verifyAgainstAChosenCheckpointsFileUsesThatFile() throws Exception {
        LedgerViewModel vm = open(5, 200);
        vm.checkpointNow();
        Path copy = Files.copy(StewardPaths.sidecarOf(workspace.ledgerFile()), dir.resolve("copy.checkpoints"));
        dialogs.fileToChoose = copy;

        vm.verifyAgainstChosenFile();

        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("open");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.statusProperty().get().detail()).contains(copy.toString());
    }

    @Test
    void choosingNoFileVerifiesNothing() {
        LedgerViewModel vm = open(5, 200);

        vm.verifyAgainstChosenFile();

        assertThat(vm.statusProperty().get()).isEqualTo(LedgerStatus.NOT_VERIFIED);
    }

    @Test
    void cancellingARunningVerificationSaysSoAndClearsBusy() {
        InlineTaskExecutor executor = InlineTaskExecutor.deferred();
        LedgerViewModel vm = open(5, 200, executor);

        vm.verify();
        assertThat(vm.verifyingProperty().get()).isTrue();
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.RUNNING);
        assertThat(vm.progressProperty().get()).isEqualTo(-1);
        vm.checkpointNow(); // refused while verifying
        vm.cancelVerification();
        assertThat(executor.runPending()).isEqualTo(1);

        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.WARNING);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Verification cancelled");
        assertThat(vm.verifyingProperty().get()).isFalse();
        assertThat(workspace.ledger().size()).isEqualTo(5);
    }

    @Test
    void checkpointNowSignsTheHeadAndShowsTheNewEntry() {
        LedgerViewModel vm = open(5, 200);
        vm.showNewest();

        vm.checkpointNow();

        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Checkpoint written: head seq 6 signed by alice");
        assertThat(vm.entries().get(0).kind()).isEqualTo("checkpoint");
        assertThat(vm.entries()).hasSize(7); // the first checkpoint also pins alice's key (ledger.key-trusted)
        assertThat(dir.resolve("keys").resolve("alice.p12")).exists();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureIsShownThroughTheDialogServiceWithAPlainMessage() throws Exception {
        LedgerViewModel vm = open(5, 200);
        // A file where the keys folder should be: the key cannot be created.
        Files.writeString(dir.resolve("keys"), "not a folder");

        vm.checkpointNow();

        assertThat(dialogs.shown).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.title()).isEqualTo("Cannot write a checkpoint");
            assertThat(shown.message()).doesNotContain("\tat ").isNotBlank();
            assertThat(shown.error()).isNotNull();
        });
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(workspace.ledger().size()).isEqualTo(5);
    }

    private static List<Long> seqs(LedgerViewModel vm) {
        return vm.entries().stream().map(LedgerEntry::seq).toList();
    }
}
