package io.steward.importers.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.UnrecognisedHeadersException;
import io.steward.importers.generic.GenericCsvImporter;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generic CSV and generic XLSX match headers with one synonym table and take the same explicit mappings. */
class OneHeaderMatchingTest {
    private static final List<String> HEADER = List.of("Account ID", "display-name", "Technical_Owner", "Business Owner", "Is Enabled",
            "Last Login", "Labels", "Owner (e-mail)");
    private static final List<List<Object>> ROWS = List.of(
            List.of("A-1", "svc-backup", "", "finance", "yes", "2024-05-01", "cost=cc-1", "x@example.com"),
            List.of("A-2", "svc-ci", "platform", "sales", "N", "2024-04-02", "", ""));

    @TempDir
    Path dir;

    @Test
    void theSameHeadersReadTheSameFromCsvAndXlsx() throws Exception {
        Path csv = dir.resolve("robots.csv");
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        ROWS.forEach(r -> b.append(String.join(",", r.stream().map(String::valueOf).toList())).append('\n'));
        Files.writeString(csv, b);
        Path xlsx = XlsxWorkbooks.write(dir.resolve("robots.xlsx"), null, HEADER, ROWS);

        Result fromCsv = FormatGolden.run(new GenericCsvImporter(), csv);
        Result fromXlsx = FormatGolden.run(new SpreadsheetInventoryImporter(), xlsx);

        for (Result r : List.of(fromCsv, fromXlsx)) {
            assertThat(r.identities()).extracting(IdentityRecord::nativeId).containsExactly("A-1", "A-2");
            IdentityRecord backup = r.identity("A-1");
            assertThat(backup.name()).isEqualTo("svc-backup");
            assertThat(backup.ownerHint()).as("blank technical owner falls back to the business owner").isEqualTo("finance");
            assertThat(backup.enabled()).isTrue();
            assertThat(backup.lastUsedAt()).hasToString("2024-05-01T00:00:00Z");
            assertThat(backup.tags()).containsEntry("cost", "cc-1");
            IdentityRecord ci = r.identity("A-2");
            assertThat(ci.ownerHint()).as("technical owner preferred").isEqualTo("platform");
            assertThat(ci.enabled()).isFalse();
        }
    }

    @Test
    void bothRefuseUnknownHeadersAlikeAndReadThemWithTheSameMapping() throws Exception {
        List<String> header = List.of("Kennung", "Bezeichnung", "Verantwortlich");
        List<List<Object>> rows = List.of(List.of("R-1", "scanner", "team-ops"));
        Path csv = dir.resolve("roboter.csv");
        Files.writeString(csv, "Kennung;Bezeichnung;Verantwortlich\nR-1;scanner;team-ops\n");
        Path xlsx = XlsxWorkbooks.write(dir.resolve("roboter.xlsx"), null, header, rows);
        ColumnMapping mapping = ColumnMapping.fromIds(Map.of("Kennung", "id", "Bezeichnung", "name", "Verantwortlich", "owner"));

        for (var importer : List.of(new GenericCsvImporter(), new SpreadsheetInventoryImporter())) {
            Path file = importer instanceof GenericCsvImporter ? csv : xlsx;
            assertThatThrownBy(() -> FormatGolden.run(importer, file)).isInstanceOfSatisfying(UnrecognisedHeadersException.class, e -> {
                assertThat(e.headers()).containsExactlyElementsOf(header);
                assertThat(e.unrecognised()).containsExactlyElementsOf(header);
                assertThat(e.requiredAnyOf()).containsExactlyInAnyOrder(Concept.ID, Concept.NAME);
                assertThat(e.known()).isEqualTo(Concept.INVENTORY);
                assertThat(e.getMessage()).contains(file.getFileName().toString()).contains("id or name")
                        .contains("Headers not recognised: Kennung, Bezeichnung, Verantwortlich");
            });
            Result r = FormatGolden.run(importer.withMapping(mapping), file);
            assertThat(r.identities()).singleElement().satisfies(i -> {
                assertThat(i.nativeId()).isEqualTo("R-1");
                assertThat(i.name()).isEqualTo("scanner");
                assertThat(i.ownerHint()).isEqualTo("team-ops");
            });
        }
    }

    @Test
    void anIgnoredHeaderIsNotReadEvenWhereASynonymMatches() throws Exception {
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, "id,name,owner,team\nA-1,svc,former-owner,platform\n");
        ColumnMapping mapping = ColumnMapping.of(Map.of("team", Concept.OWNER), Set.of("owner"));

        IdentityRecord i = FormatGolden.run(new GenericCsvImporter().withMapping(mapping), csv).identities().get(0);

        assertThat(i.ownerHint()).isEqualTo("platform");
        assertThat(i.attributes()).as("an ignored column is not kept at all: neither the owner nor an attribute").doesNotContainKey("owner");
    }
}
