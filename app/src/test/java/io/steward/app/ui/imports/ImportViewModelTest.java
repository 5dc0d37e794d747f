package io.steward.app.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.Tone;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import io.steward.model.ledger.LedgerEntry;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import sheet's view model on a real ledger with real export files, without the JavaFX toolkit. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<List<ImportReport>> imported = new ArrayList<>();
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("imports.steward"), "alice", dir.resolve("keys"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    ImportViewModel vm(InlineTaskExecutor executor) {
        ImportViewModel vm = new ImportViewModel(workspace::imports, "alice",
                executor, dialogs);
        vm.onImported(imported::add);
        return vm;
    }

    @Test
    void theSourceFieldNamesTheClusterOfAKubernetesExportAndIsRemembered() {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        dialogs.filesToChoose = List.of(ConsoleFixtures.copy(dir, "k8s-staging-serviceaccounts.yaml"));
        vm.chooseFiles();
        assertThat(vm.selectedNeedsSourceName()).isTrue();
        assertThat(vm.detailsProperty().get().subtitle()).contains("source kubernetes:unnamed");

        assertThat(vm.nameSource("prod|eu")).as("a bad name is refused, the file is not read again").contains("not a cluster name");
        assertThat(vm.nameSource("staging")).isNull();
        assertThat(vm.detailsProperty().get().subtitle()).contains("source kubernetes:staging");
        vm.importAll();
        assertThat(imported).singleElement().satisfies(reports -> assertThat(reports.get(0).source()).isEqualTo("kubernetes:staging"));
        int remembered = workspace.ledger().store().read(ctx -> ctx.fetchCount(io.steward.model.db.Tables.SOURCE_NAME));
        assertThat(remembered).isEqualTo(1);
    }

    @Test
    void aTokenInAFileNameIsRedactedInEverythingThePageShows() throws IOException {
        String token = "ghp_Zx9Kq2Lm4Np6Rs8Tv0Wx2Yz4Ab6Cd8Ef0Gh2";
        String badToken = "xoxb-2894561230-4471928374650-Hq8Lw2Nc5Rt9Vx3Bz6Pk1Dm4";
        Path csv = Files.move(ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS), dir.resolve(token + ".csv"));
        Path bad = Files.move(ConsoleFixtures.copy(dir, ConsoleFixtures.BAD_DATE), dir.resolve("report-" + badToken + ".csv"));
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());

        vm.addFiles(List.of(csv, bad));
        List<String> shown = new ArrayList<>();
        for (ImportFile f : vm.files()) {
            shown.add(f.fileName());
            shown.add(String.valueOf(f.problemProperty().get()));
            vm.select(f);
            PreviewDetails d = vm.detailsProperty().get();
            if (d != null) {
                shown.add(d.heading() + " " + d.subtitle() + " " + d.issuesNote());
                d.issues().forEach(i -> shown.add(i.file() + " " + i.message()));
            }
            shown.add(vm.statusProperty().get().title() + " " + vm.statusProperty().get().detail());
        }
        assertThat(shown).anySatisfy(line -> assertThat(line).contains("report-[redacted:slack-token].csv, line 4 (record 3)"));
        vm.remove(vm.files().get(1));
        vm.importAll();
        shown.add(vm.statusProperty().get().title() + " " + vm.statusProperty().get().detail());
        dialogs.shown.forEach(d -> shown.add(d.title() + " " + d.message()));

        assertThat(shown).contains("[redacted:github-token].csv", "report-[redacted:slack-token].csv");
        assertThat(String.join("\n", shown)).contains("source csv:[redacted:github-token]").doesNotContain(token)
                .doesNotContain(badToken).doesNotContain("Zx9Kq2Lm4Np6").doesNotContain("Hq8Lw2Nc5Rt9");
        assertThat(imported).singleElement().satisfies(r -> assertThat(r.get(0).snapshot().fileName()).isEqualTo("[redacted:github-token].csv"));
    }

    @Test
    void previewsAFileWithARefusedSecretAndStoresNothing() {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        dialogs.filesToChoose = List.of(ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS));

        vm.chooseFiles();

        assertThat(dialogs.lastOpenTypes.get(0).patterns()).as("the YAML the Kubernetes and GCP policy importers read")
                .contains("*.yaml", "*.yml", "*.json", "*.csv", "*.xlsx");
        assertThat(vm.openProperty().get()).isTrue();
        ImportFile file = vm.files().get(0);
        assertThat(file.status()).isEqualTo(ImportFileStatus.READY);
        assertThat(file.detectedFormatProperty().get()).isEqualTo("generic-csv");
        PreviewDetails details = vm.detailsProperty().get();
        assertThat(details.heading()).isEqualTo("service-accounts.csv");
        assertThat(details.subtitle()).startsWith("Preview · nothing stored yet · generic-csv · source csv:service-accounts");
        assertThat(details.facts()).extracting(PreviewDetails.Fact::label, PreviewDetails.Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("Identities", "6"),
                org.assertj.core.groups.Tuple.tuple("Grants", "7"),
                org.assertj.core.groups.Tuple.tuple("Secrets refused", "1"));
        assertThat(details.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.refused()).isTrue();
            assertThat(issue.file()).isEqualTo("service-accounts.csv");
            assertThat(issue.where()).isEqualTo("record 4, line 5");
            assertThat(issue.field()).isEqualTo("api_token");
            assertThat(issue.rule()).isEqualTo("secret-field");
            assertThat(issue.message()).doesNotContain("ghp_");
        });
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.WARNING);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Ready to import 1 file");
        assertThat(vm.statusProperty().get().detail()).contains("6 identities", "1 secret value refused (never stored)");
        assertThat(vm.canImportProperty().get()).isTrue();

        assertThat(workspace.ledger().size()).isZero();
        assertThat(snapshots()).isZero();
        assertThat(imported).isEmpty();
    }

    @Test
    void importsSeveralFilesInOneTransactionAndTellsListeners() throws IOException {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        vm.addFiles(List.of(ConsoleFixtures.copy(dir, ConsoleFixtures.JUNE), ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS)));
        assertThat(vm.files()).extracting(ImportFile::status).containsOnly(ImportFileStatus.READY);

        vm.importAll();

        assertThat(vm.files()).extracting(ImportFile::status).containsOnly(ImportFileStatus.IMPORTED);
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Imported 2 files: 18 identities");
        assertThat(vm.statusProperty().get().detail()).startsWith("Snapshots #1, #2. 1 secret value refused and not stored.");
        assertThat(imported).singleElement().satisfies(reports -> assertThat(reports).hasSize(2));
        assertThat(snapshots()).isEqualTo(2);
        List<LedgerEntry> entries = workspace.ledger().page(Long.MAX_VALUE, 10, true, null);
        assertThat(entries).extracting(LedgerEntry::kind).containsExactly("snapshot.imported", "snapshot.imported");
        assertThat(entries.get(1).payload().get("fileName").asText()).isEqualTo(ConsoleFixtures.JUNE);
        // The token's value is nowhere in the file (database and WAL), only where it was.
        String token = "ghp_R8x2mQ4vT7yZ1aB3cD5eF6gH8iJ0kL2mN4oP";
        assertThat(containsBytes(workspace.ledgerFile(), token)).isFalse();
        assertThat(containsBytes(Path.of(workspace.ledgerFile() + "-wal"), token)).isFalse();

        assertThat(vm.canImportProperty().get()).isFalse();
        vm.addFiles(List.of(ConsoleFixtures.copy(dir, ConsoleFixtures.JULY)));
        assertThat(vm.files()).extracting(ImportFile::fileName).containsExactly(ConsoleFixtures.JULY); // a new batch
    }

    @Test
    void aFileAlreadyImportedAsksBeforeAddingItAgainAndCancelStoresNothing() {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        Path csv = ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS);
        vm.addFiles(List.of(csv));
        vm.importAll();
        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).doesNotContain("confirm");
        assertThat(snapshots()).isEqualTo(1);

        vm.addFiles(List.of(csv));
        assertThat(vm.files()).extracting(ImportFile::status).containsOnly(ImportFileStatus.READY);
        assertThat(vm.statusProperty().get().detail()).contains("service-accounts.csv is already snapshot #1 on ")
                .contains("Import asks before adding it again");
        dialogs.confirmAnswer = false;
        vm.importAll();

        assertThat(dialogs.shown).filteredOn(s -> s.kind().equals("confirm")).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Import again?");
            assertThat(s.message()).startsWith("service-accounts.csv is already imported as snapshot #1 on ").contains(" UTC by alice.")
                    .endsWith("Import it again?");
        });
        assertThat(snapshots()).isEqualTo(1);
        assertThat(workspace.ledger().size()).isEqualTo(1);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Nothing imported");
        assertThat(vm.statusProperty().get().detail()).contains("Nothing was saved");
        assertThat(vm.files()).extracting(ImportFile::status).containsOnly(ImportFileStatus.READY);
        assertThat(imported).hasSize(1);

        dialogs.confirmAnswer = true;
        vm.importAll();

        assertThat(snapshots()).isEqualTo(2);
        assertThat(vm.files()).extracting(ImportFile::status).containsOnly(ImportFileStatus.IMPORTED);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Imported 1 file: 6 identities");
        assertThat(imported).hasSize(2);
    }

    @Test
    void aBadFileNamesItsLineAndReasonAndTheOthersCanStillBeImported() {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        vm.addFiles(List.of(ConsoleFixtures.copy(dir, ConsoleFixtures.BAD_DATE), ConsoleFixtures.copy(dir, ConsoleFixtures.JUNE)));

        ImportFile bad = vm.files().get(0);
        assertThat(bad.status()).isEqualTo(ImportFileStatus.FAILED);
        assertThat(bad.problemProperty().get()).contains(ConsoleFixtures.BAD_DATE, "line 4 (record 3)", "field 'user_creation_time'",
                "expected a timestamp");
        vm.select(bad);
        assertThat(vm.detailsProperty().get().issuesNote()).contains("line 4");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.DANGER);
        assertThat(vm.statusProperty().get().title()).isEqualTo("1 file cannot be imported: " + ConsoleFixtures.BAD_DATE);
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(dialogs.shown).isEmpty(); // bad input is said in the sheet, not as a crash dialog

        vm.remove(bad);
        assertThat(vm.canImportProperty().get()).isTrue();
        vm.importAll();
        assertThat(snapshots()).isEqualTo(1);
    }

    @Test
    void anUnrecognisedFileAsksForAFormatAndAChosenFormatIsUsed() throws IOException {
        Path table = dir.resolve("accounts.csv");
        Files.writeString(table, "+------+-------+\n| id   | name  |\n+------+-------+\n| 1    | etl   |\n+------+-------+\n");
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        vm.addFiles(List.of(table, ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS)));

        ImportFile file = vm.files().get(0);
        assertThat(file.status()).isEqualTo(ImportFileStatus.NEEDS_FORMAT);
        assertThat(file.problemProperty().get()).contains("accounts.csv", "pretty-printed text table");
        assertThat(vm.formats()).extracting(FormatChoice::formatId).contains(null, "aws-credential-report", "generic-csv");

        ImportFile sheet = vm.files().get(1);
        sheet.formatProperty().set(vm.formats().stream().filter(f -> "aws-credential-report".equals(f.formatId())).findFirst().orElseThrow());
        assertThat(sheet.status()).isEqualTo(ImportFileStatus.FAILED);
        assertThat(sheet.problemProperty().get()).contains("service-accounts.csv");

        sheet.formatProperty().set(FormatChoice.DETECT);
        assertThat(sheet.status()).isEqualTo(ImportFileStatus.READY);
        assertThat(sheet.detectedFormatProperty().get()).isEqualTo("generic-csv");
    }

    @Test
    void unrecognisedColumnsOpenTheMappingEditorAndARememberedMappingMakesTheNextFileOfTheSourceAutomatic() throws IOException {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        Path august = dir.resolve("robots-2024-08.csv");
        Files.writeString(august, "Kennung;Bezeichnung;owner\nR-1;scanner;team-ops\nR-2;printer;\n");
        vm.addFiles(List.of(august));

        ImportFile file = vm.files().get(0);
        assertThat(file.status()).isEqualTo(ImportFileStatus.NEEDS_MAPPING);
        assertThat(file.problemProperty().get()).contains("does not recognise the columns", "2 headers not recognised");
        assertThat(vm.statusProperty().get().title()).isEqualTo("1 file needs a column mapping: robots-2024-08.csv");
        assertThat(vm.canImportProperty().get()).isFalse();
        ColumnMappingEditor editor = file.mappingEditor();
        assertThat(editor.rows()).extracting(ColumnMappingEditor.Row::header).containsExactly("Kennung", "Bezeichnung", "owner");
        assertThat(editor.rows().get(0).samples()).isEqualTo("R-1 · R-2");
        assertThat(editor.rows().get(2).choiceProperty().get().id()).as("matched automatically").isEqualTo("owner");

        vm.previewWithMapping();
        assertThat(file.status()).as("an invalid mapping is not previewed").isEqualTo(ImportFileStatus.NEEDS_MAPPING);
        editor.rows().get(0).choiceProperty().set(new ConceptChoice(io.steward.importers.columns.Concept.ID));
        editor.rows().get(1).choiceProperty().set(new ConceptChoice(io.steward.importers.columns.Concept.NAME));
        vm.previewWithMapping();

        assertThat(file.status()).isEqualTo(ImportFileStatus.READY);
        assertThat(vm.detailsProperty().get().subtitle()).contains("generic-csv · source csv:robots");
        assertThat(snapshots()).isZero();
        vm.importAll();
        assertThat(file.status()).isEqualTo(ImportFileStatus.IMPORTED);
        assertThat(workspace.mappings()
                .find("csv:robots", "generic-csv")).map(s -> s.columns()).contains(editor.mapping().toIds());

        Path september = dir.resolve("robots-2024-09.csv");
        Files.writeString(september, "Kennung;Bezeichnung;owner\nR-1;scanner;team-ops\nR-3;plotter;team-it\n");
        vm.addFiles(List.of(september));
        ImportFile next = vm.files().get(0);
        assertThat(next.status()).as("the saved mapping reads it").isEqualTo(ImportFileStatus.READY);
        assertThat(next.mappingEditor()).isNull();
        assertThat(next.savedMapping()).satisfies(saved -> {
            assertThat(saved.source()).isEqualTo("csv:robots");
            assertThat(saved.savedBy()).isEqualTo("alice");
        });
        vm.importAll();
        assertThat(snapshots()).isEqualTo(2);

        // a saved mapping that turns out wrong is corrected from the sheet: forget it, and the editor asks again
        Path october = dir.resolve("robots-2024-10.csv");
        Files.writeString(october, "Kennung;Bezeichnung;owner\nR-1;scanner;team-ops\n");
        vm.addFiles(List.of(october));
        ImportFile third = vm.files().get(0);
        vm.select(third);
        assertThat(third.status()).isEqualTo(ImportFileStatus.READY);
        vm.forgetSavedMapping();
        assertThat(third.status()).isEqualTo(ImportFileStatus.NEEDS_MAPPING);
        assertThat(third.savedMapping()).isNull();
        assertThat(workspace.mappings()
                .find("csv:robots", "generic-csv")).isEmpty();
    }

    @Test
    void aMappingNotRememberedIsUsedForThisImportOnly() throws IOException {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        ColumnMappingEditor editor = addRobotsWithIdMapped(vm);
        editor.rememberProperty().set(false);
        vm.previewWithMapping();
        vm.importAll();

        assertThat(snapshots()).isEqualTo(1);
        assertThat(workspace.mappings().list()).isEmpty();
    }

    @Test
    void choosingAnotherFormatDropsTheMapping() throws IOException {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        addRobotsWithIdMapped(vm);
        ImportFile listed = vm.files().get(0);
        vm.previewWithMapping();
        assertThat(listed.status()).isEqualTo(ImportFileStatus.READY);

        listed.formatProperty().set(vm.formats().stream().filter(f -> "aws-credential-report".equals(f.formatId())).findFirst().orElseThrow());
        assertThat(listed.status()).isEqualTo(ImportFileStatus.FAILED);
        assertThat(listed.mappingEditor()).isNull();
        assertThat(dialogs.shown).as("said in the sheet, not as a crash").isEmpty();

        listed.formatProperty().set(FormatChoice.DETECT);
        assertThat(listed.status()).as("asks again").isEqualTo(ImportFileStatus.NEEDS_MAPPING);
    }

    @Test
    void cancellingABigImportStoresNothingAndSaysSo() throws IOException {
        Path big = dir.resolve("big-inventory.csv");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("id,name,type,environment,owner,created,last_used,enabled\n");
            for (int i = 0; i < 60_000; i++) {
                w.write("id-" + i + ",svc-" + i + ",service-account,prod,team-" + (i % 40) + "@example.com,2021-03-04,2025-05-30,true\n");
            }
        }
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        vm.addFiles(List.of(big));
        assertThat(vm.files().get(0).status()).isEqualTo(ImportFileStatus.READY);
        List<String> progressLines = new ArrayList<>();
        vm.progressTextProperty().addListener((obs, old, text) -> progressLines.add(text));
        vm.progressProperty().addListener((obs, old, p) -> {
            if (p.doubleValue() > 0.3 && vm.importingProperty().get()) {
                vm.cancel(); // the user presses Cancel while the file is being written
            }
        });

        vm.importAll();

        assertThat(vm.statusProperty().get().title()).isEqualTo("Import cancelled");
        assertThat(vm.statusProperty().get().detail()).isEqualTo(ImportMessages.ONE_TRANSACTION_NOT_SAVED);
        assertThat(progressLines).anySatisfy(line -> assertThat(line).startsWith("big-inventory.csv · ").endsWith("records read"));
        assertThat(vm.files().get(0).status()).isEqualTo(ImportFileStatus.READY);
        assertThat(snapshots()).isZero();
        assertThat(workspace.ledger().size()).isZero();
        assertThat(imported).isEmpty();
    }

    @Test
    void aFileThatChangedAfterItsPreviewFailsTheWholeBatch() throws IOException {
        ImportViewModel vm = vm(InlineTaskExecutor.immediate());
        Path june = ConsoleFixtures.copy(dir, ConsoleFixtures.JUNE);
        Path july = ConsoleFixtures.copy(dir, ConsoleFixtures.JULY);
        vm.addFiles(List.of(june, july));
        Files.copy(ConsoleFixtures.copy(Files.createDirectory(dir.resolve("bad")), ConsoleFixtures.BAD_DATE), july,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        vm.importAll();

        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.DANGER);
        assertThat(vm.statusProperty().get().title()).isEqualTo("Import failed");
        assertThat(vm.statusProperty().get().detail()).contains(ConsoleFixtures.JULY, "line 4").endsWith(ImportMessages.ONE_TRANSACTION_NOT_SAVED);
        assertThat(snapshots()).isZero();
        assertThat(vm.files()).extracting(ImportFile::status).containsOnly(ImportFileStatus.READY);
    }

    @Test
    void closingWhileAPreviewRunsCancelsItAndForgetsTheFiles() {
        InlineTaskExecutor deferred = InlineTaskExecutor.deferred();
        ImportViewModel vm = vm(deferred);
        vm.addFiles(List.of(ConsoleFixtures.copy(dir, ConsoleFixtures.JUNE)));
        assertThat(vm.previewingProperty().get()).isTrue();
        assertThat(vm.files().get(0).status()).isEqualTo(ImportFileStatus.PREVIEWING);

        vm.close();
        deferred.runPending();

        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.files()).isEmpty();
        assertThat(vm.previewingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(ImportMessages.EMPTY);
    }

    /** Adds a CSV with unknown headers and maps its first column to id in the editor that opens. */
    private ColumnMappingEditor addRobotsWithIdMapped(ImportViewModel vm) throws IOException {
        Path file = dir.resolve("robots.csv");
        Files.writeString(file, "Kennung;Bezeichnung\nR-1;scanner\n");
        vm.addFiles(List.of(file));
        ColumnMappingEditor editor = vm.files().get(0).mappingEditor();
        editor.rows().get(0).choiceProperty().set(new ConceptChoice(io.steward.importers.columns.Concept.ID));
        return editor;
    }

    private long snapshots() {
        return workspace.snapshots().list().size();
    }

    private static boolean containsBytes(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
    }
}
