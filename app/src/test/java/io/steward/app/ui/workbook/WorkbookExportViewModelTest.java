package io.steward.app.ui.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.Tone;
import io.steward.exports.workbook.WorkbookVerifier;
import io.steward.model.campaigns.Decision;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.query.SnapshotFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Campaigns page's Export workbook action over a real ledger with a decided campaign, without the toolkit. */
class WorkbookExportViewModelTest {
    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("ledger.steward"), "alice", dir.resolve("keys"));
        new SnapshotFixtures(workspace.ledger().store()).write("aws:111111111111", "aws-iam-credential-report", Instant.parse("2026-11-01T00:00:00Z"),
                IntStream.range(0, 4).mapToObj(i -> IdentityRecord.builder("arn:aws:iam::111111111111:user/svc-" + i, "iam-user")
                        .name("svc-" + i).build()).toList());
        var campaigns = workspace.campaigns();
        campaigns.create("alice", "Q4 review", "2026-Q4", LocalDate.parse("2026-12-31"), "alice", "");
        campaigns.open("alice", "Q4 review");
        campaigns.decisions().decide("alice", "Q4 review", List.of(1L, 2L), Decision.certify("needed"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    WorkbookExportViewModel vm(InlineTaskExecutor executor) {
        return new WorkbookExportViewModel(workspace.workbookExport(), workspace.campaigns(), "alice", executor, dialogs,
                Clock.systemUTC());
    }

    @Test
    void exportAsksWhereWritesTheWorkbookAndSaysHowToCheckIt() throws Exception {
        dialogs.fileToChoose = dir.resolve("q4"); // no extension: .xlsx is added
        WorkbookExportViewModel vm = vm(InlineTaskExecutor.immediate());

        vm.chooseFileAndExport("Q4 review");

        assertThat(dialogs.shown).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("save");
            assertThat(s.message()).isEqualTo("attestation-Q4-review.xlsx");
        });
        Path written = dir.resolve("q4.xlsx");
        assertThat(written).exists();
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.statusProperty().get().detail()).contains("4 items").contains("steward ledger verify --workbook");
        assertThat(vm.exportingProperty().get()).isFalse();
        assertThat(workspace.workbookVerifier().verify(written).problems()).isEmpty();
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        InlineTaskExecutor later = InlineTaskExecutor.deferred();
        WorkbookExportViewModel vm = vm(later);
        vm.export("Q4 review", dir.resolve("q4.xlsx"));
        assertThat(vm.exportingProperty().get()).isTrue();

        vm.cancel();
        later.runPending();

        assertThat(vm.statusProperty().get().title()).isEqualTo("Export cancelled");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("q4.xlsx"));
        }
    }
}
