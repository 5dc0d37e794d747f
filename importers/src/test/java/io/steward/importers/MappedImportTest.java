package io.steward.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.MappingRequest;
import io.steward.model.inventory.ColumnMappings;
import io.steward.importers.columns.UnrecognisedHeadersException;
import io.steward.importers.spreadsheet.ColumnSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A CSV whose headers Steward does not know, through the import service: refused, mapped, saved, reused, forgotten. */
class MappedImportTest extends LedgerTestBase {
    static final String TOKEN = "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3bC5";

    private Path robots(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "Kennung,Bezeichnung,Verantwortlich,Notiz\n" + String.join("\n", rows) + "\n");
        return file;
    }

    private ImportReport commit(Path file, ImportOptions options) {
        return service.commit(file, options, ImportProgress.NONE, Cancellation.NEVER);
    }

    @Test
    void anUnknownCsvIsDetectedAsGenericCsvAndRefusedWithWhatTheEditorNeeds() throws Exception {
        Path file = robots("robots-2024-08.csv", "R-1,scanner,team-ops," + TOKEN, "R-2,printer,,ok");
        assertThat(service.importerFor(file, null).id()).isEqualTo("generic-csv");

        UnrecognisedHeadersException e = catchRefusal(file);
        assertThat(e.headerLine()).isEqualTo(1);
        MappingRequest request = service.mappingRequest(e, null, 5);

        assertThat(request.importerId()).isEqualTo("generic-csv");
        assertThat(request.source()).isEqualTo("csv:robots");
        assertThat(request.headers()).containsExactly("Kennung", "Bezeichnung", "Verantwortlich", "Notiz");
        assertThat(request.samplesOf(0)).containsExactly("R-1", "R-2");
        assertThat(request.samplesOf(2)).as("blanks left out").containsExactly("team-ops");
        assertThat(request.samplesOf(3)).as("a secret is never shown").containsExactly(ColumnSamples.HIDDEN, "ok");
        int snapshots = store.read(tx -> tx.fetchCount(io.steward.model.db.Tables.SNAPSHOT));
        assertThat(snapshots).isZero();
    }

    @Test
    void aRememberedMappingIsSavedWithTheImportAndReadsTheNextFileOfTheSource() throws Exception {
        ColumnMapping mapping = ColumnMapping.fromIds(Map.of("Kennung", "id", "Bezeichnung", "name", "Verantwortlich", "owner",
                "Notiz", "ignore"));
        ImportOptions options = ImportOptions.detect("tester").withMapping(mapping, true);

        ImportReport preview = service.preview(robots("robots-2024-08.csv", "R-1,scanner,team-ops,x"), options, ImportProgress.NONE,
                Cancellation.NEVER);
        assertThat(preview.counts().identities()).isEqualTo(1);
        assertThat(new ColumnMappings(new io.steward.model.ledger.Ledger(store, Clock.systemUTC()), Clock.systemUTC()).list()).as("a preview saves nothing").isEmpty();

        commit(robots("robots-2024-08.csv", "R-1,scanner,team-ops,x"), options);
        ColumnMappings saved = new ColumnMappings(new io.steward.model.ledger.Ledger(store, Clock.systemUTC()), Clock.systemUTC());
        assertThat(saved.list()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("csv:robots");
            assertThat(s.importerId()).isEqualTo("generic-csv");
            assertThat(s.columns()).isEqualTo(mapping.toIds());
            assertThat(s.savedBy()).isEqualTo("tester");
        });

        ImportReport next = commit(robots("robots-2024-09.csv", "R-1,scanner,team-ops,x", "R-2,printer,team-it,y"),
                ImportOptions.detect("tester"));
        assertThat(next.counts().identities()).isEqualTo(2);

        assertThat(saved.forget("csv:robots", "tester")).hasSize(1);
        assertThat(saved.list()).isEmpty();
        // both decisions about how the source's columns are read are in the ledger, with who made them
        assertThat(new io.steward.model.ledger.Ledger(store, Clock.systemUTC()).page(Long.MAX_VALUE, 10, true, null))
                .filteredOn(e -> e.subject().equals("mapping/csv:robots"))
                .extracting(e -> e.kind() + " by " + e.actor() + ": " + e.payload().get("columns"))
                .containsExactly("mapping.forgotten by tester: " + new ObjectMapper().valueToTree(new java.util.TreeMap<>(mapping.toIds())),
                        "mapping.saved by tester: " + new ObjectMapper().valueToTree(new java.util.TreeMap<>(mapping.toIds())));
        catchRefusal(robots("robots-2024-10.csv", "R-1,scanner,team-ops,x"));
    }

    @Test
    void aMappingNotRememberedIsUsedOnceAndSeveralFilesCanEachHaveTheirOwn() throws Exception {
        Path a = robots("robots.csv", "R-1,scanner,team-ops,x");
        Path b = dir.resolve("people-ish.csv");
        Files.writeString(b, "Nummer;Titel\nP-1;plotter\n");
        ImportOptions base = ImportOptions.detect("tester");
        List<ImportReport> reports = service.commitAll(List.of(a, b), List.of(
                base.withMapping(ColumnMapping.fromIds(Map.of("Kennung", "id")), false),
                base.withMapping(ColumnMapping.fromIds(Map.of("Nummer", "id", "Titel", "name")), false)), ImportProgress.NONE,
                Cancellation.NEVER);

        assertThat(reports).extracting(r -> r.counts().identities()).containsExactly(1L, 1L);
        assertThat(new ColumnMappings(new io.steward.model.ledger.Ledger(store, Clock.systemUTC()), Clock.systemUTC()).list()).isEmpty();
    }

    @Test
    void aMappingForAFormatWithFixedColumnsIsAUsageError() throws Exception {
        Path json = dir.resolve("keys.json");
        Files.writeString(json, "{\"AccessKeyMetadata\":[{\"UserName\":\"a\",\"AccessKeyId\":\"AKIAIOSFODNN7EXAMPLE\","
                + "\"Status\":\"Active\",\"CreateDate\":\"2024-01-01T00:00:00Z\"}]}");
        assertThatThrownBy(() -> commit(json, ImportOptions.detect("t").withMapping(ColumnMapping.fromIds(Map.of("x", "id")), false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixed columns");
    }

    private UnrecognisedHeadersException catchRefusal(Path file) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> commit(file, ImportOptions.detect("tester")));
        assertThat(t).isInstanceOf(UnrecognisedHeadersException.class);
        return (UnrecognisedHeadersException) t;
    }
}
