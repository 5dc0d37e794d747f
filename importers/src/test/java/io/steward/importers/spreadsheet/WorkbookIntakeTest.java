package io.steward.importers.spreadsheet;

import io.steward.model.ledger.Ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.Cancellation;
import io.steward.importers.FileSample;
import io.steward.importers.FormatNotRecognisedException;
import io.steward.importers.ImportOptions;
import io.steward.importers.ImportProgress;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.UnrecognisedHeadersException;
import io.steward.model.inventory.Snapshots;
import io.steward.model.store.Store;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An .xlsx gets past the binary-file check to the workbook importers only; other zips stay refused. */
class WorkbookIntakeTest {
    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        return XlsxWorkbooks.write(dir.resolve("robots.xlsx"), null, List.of("id", "name", "owner"),
                List.of(Arrays.asList("R-1", "scanner", "team-ops"), Arrays.asList("R-2", "printer", "team-it")));
    }

    @Test
    void anXlsxIsDetectedAsAWorkbookAndImportedThroughTheOneEntryPoint() throws Exception {
        Path file = workbook();
        FileSample sample = FileSample.of(file);
        assertThat(sample.isXlsxWorkbook()).isTrue();
        assertThat(sample.problem()).isNull();
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            assertThat(service.importerFor(file, null).id()).isEqualTo("generic-xlsx");
            ImportReport report = service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
            assertThat(report.committed()).isTrue();
            assertThat(report.importerId()).isEqualTo("generic-xlsx");
        }
    }

    @Test
    void aConfirmedColumnMappingIsSavedWithTheImportAndUsedByTheNextImportOfThatSource() throws Exception {
        List<String> german = List.of("Kennung", "Bezeichnung", "Verantwortlich");
        Path first = XlsxWorkbooks.write(dir.resolve("roboter 2024-08.xlsx"), null, german, List.of(List.of("R-1", "scanner", "team-ops")));
        Path next = XlsxWorkbooks.write(dir.resolve("roboter 2024-09.xlsx"), null, german,
                List.of(List.of("R-1", "scanner", "team-ops"), List.of("R-2", "printer", "team-it")));
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            ImportOptions options = ImportOptions.detect("tester");
            assertThatThrownBy(() -> service.commit(first, options, ImportProgress.NONE, Cancellation.NEVER))
                    .isInstanceOf(UnrecognisedHeadersException.class);
            assertThat(new Snapshots(store).list()).as("a refused import stores nothing").isEmpty();

            ColumnMapping confirmed = ColumnMapping.of(Map.of("Kennung", Concept.ID, "Bezeichnung", Concept.NAME,
                    "Verantwortlich", Concept.OWNER));
            assertThat(service.commit(first, options, confirmed, ImportProgress.NONE, Cancellation.NEVER).counts().identities())
                    .isEqualTo(1);
            ImportReport later = service.commit(next, options, ImportProgress.NONE, Cancellation.NEVER);
            assertThat(later.counts().identities()).as("the saved mapping applies to the same source").isEqualTo(2);
            assertThatThrownBy(() -> service.commit(first, options.withFormat("generic-csv"), confirmed, ImportProgress.NONE,
                    Cancellation.NEVER)).isInstanceOf(FormatNotRecognisedException.class);
        }
    }

    @Test
    void aTextFormatForcedOnAWorkbookIsRefused() throws Exception {
        Path file = workbook();
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            assertThatThrownBy(() -> service.importerFor(file, "generic-csv")).isInstanceOf(FormatNotRecognisedException.class)
                    .hasMessageContaining("Excel workbook").hasMessageContaining("generic-csv");
        }
    }

    @Test
    void otherZipsAndBinariesAreStillRefusedEvenWhenNamedXlsx() throws Exception {
        Path docx = dir.resolve("letter.xlsx");
        try (OutputStream out = Files.newOutputStream(docx); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThat(FileSample.of(docx).isXlsxWorkbook()).isFalse();
        assertThat(FileSample.of(docx).problem()).contains("binary");
        Path blob = Files.write(dir.resolve("data.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x', 'l', '/'});
        assertThat(FileSample.of(blob).isXlsxWorkbook()).as("no content-types part").isFalse();
        assertThat(FileSample.of(blob).problem()).contains("binary");
    }
}
