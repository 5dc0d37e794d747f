package io.steward.importers.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.BadInputException;
import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.model.inventory.ColumnMappings;
import io.steward.importers.columns.UnrecognisedHeadersException;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetInventoryImporterTest {
    @TempDir
    Path dir;
    private final SpreadsheetInventoryImporter importer = new SpreadsheetInventoryImporter();

    private Path inventory() throws Exception {
        return XlsxWorkbooks.write(dir.resolve("nhi-inventory-2024-05.xlsx"), "Service account inventory Q2 (CIS 5.5)",
                List.of("Account_ID", "Account_Name", "Account_Type", "Business_Owner", "Environment", "Last logon date",
                        "Privileged_Access_Flag", "permissions", "Account_Status", "PAM_Safe", "Inactivity_Days"),
                List.of(Arrays.asList("SA-001", "svc-backup", "Service Account", "team-storage", "Production", LocalDate.of(2024, 4, 30),
                                "True", "backup:write|s3:GetObject", "Active", "N/A", 12),
                        Arrays.asList("SA-002", "ci-token", "CI/CD Token", null, "QA", null, "N", "repo:read; repo:write", "Pending Retirement",
                                "vault-ci", null),
                        Arrays.asList("SA-003", "old-bot", "Bot Token", "dept-7", "DR", LocalDate.of(2021, 1, 2), "Yes", null, "Disabled",
                                null, 900),
                        Arrays.asList("Total", null, null, null, null, null, null, null, null, null, 912)));
    }

    @Test
    void titleRowsSerialDatesMixedBooleansMultiValuesAndATotalRow() throws Exception {
        Result r = FormatGolden.run(importer, inventory());
        assertThat(r.source()).isEqualTo("sheet:nhi-inventory");
        assertThat(r.identities()).extracting(IdentityRecord::nativeId).containsExactly("SA-001", "SA-002", "SA-003");
        IdentityRecord backup = r.identity("SA-001");
        assertThat(backup.lastUsedAt()).as("Excel serial date").hasToString("2024-04-30T00:00:00Z");
        assertThat(backup.attributes()).containsEntry("privileged", true).containsEntry("idleDays", 12L);
        assertThat(backup.grants()).extracting(g -> g.privilege()).containsExactly("backup:write", "s3:GetObject");
        assertThat(backup.environment()).isEqualTo("Production");
        assertThat(backup.tags()).as("N/A in an unmapped column is unknown").isEmpty();
        IdentityRecord ci = r.identity("SA-002");
        assertThat(ci.ownerHint()).as("blank owner = ownerless").isNull();
        assertThat(ci.enabled()).as("Pending Retirement is still enabled").isTrue();
        assertThat(ci.attributes()).containsEntry("privileged", false).containsEntry("status", "Pending Retirement");
        assertThat(ci.tags()).containsEntry("PAM_Safe", "vault-ci");
        assertThat(r.identity("SA-003").enabled()).isFalse();
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactlyInAnyOrder("total-row", "title-rows");
    }

    @Test
    void unrecognisedHeadersAreListedWithTheKnownConceptsAndAnExplicitMappingIsSavedPerSource() throws Exception {
        Path file = XlsxWorkbooks.write(dir.resolve("robots 2024.xlsx"), null, List.of("Kennung", "Bezeichnung", "Verantwortlich"),
                List.of(List.of("R-1", "scanner", "team-ops")));
        assertThatThrownBy(() -> FormatGolden.run(importer, file)).isInstanceOfSatisfying(UnrecognisedHeadersException.class, e -> {
            assertThat(e.unrecognised()).containsExactly("Kennung", "Bezeichnung", "Verantwortlich");
            assertThat(e.getMessage()).contains("Headers not recognised: Kennung, Bezeichnung, Verantwortlich")
                    .contains("Known columns: id (e.g. id)").contains("owner (e.g. owner)");
        });
        ColumnMapping mapping = ColumnMapping.of(Map.of("Kennung", Concept.ID, "Bezeichnung", Concept.NAME, "Verantwortlich", Concept.OWNER));
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ColumnMappings saved = new ColumnMappings(new io.steward.model.ledger.Ledger(store, Clock.systemUTC()), Clock.systemUTC());
            saved.save(importer.sourceOf(file), importer.id(), mapping.toIds(), "tester");
            ColumnMapping read = ColumnMapping.fromIds(saved.find("sheet:robots", "generic-xlsx").orElseThrow().columns());
            assertThat(read).isEqualTo(mapping);
            Path next = XlsxWorkbooks.write(dir.resolve("robots 2024-09.xlsx"), null, List.of("Kennung", "Bezeichnung", "Verantwortlich"),
                    List.of(List.of("R-1", "scanner", "team-ops"), List.of("R-2", "printer", "team-it")));
            Result r = FormatGolden.run(importer.withMapping(read), next);
            assertThat(r.identities()).extracting(IdentityRecord::nativeId, IdentityRecord::ownerHint)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("R-1", "team-ops"), org.assertj.core.groups.Tuple.tuple("R-2", "team-it"));
        }
    }

    @Test
    void aZipBombIsRefusedQuickly() throws Exception {
        Path good = inventory();
        byte[] zeros = new byte[64 * 1024 * 1024];
        Path bomb = XlsxWorkbooks.withParts(good, dir.resolve("bomb.xlsx"), Map.of("xl/worksheets/sheet1.xml", zeros), 0);
        long start = System.nanoTime();
        assertThatThrownBy(() -> FormatGolden.run(importer, bomb)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("zip bomb").hasMessageContaining("bomb.xlsx");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse").isLessThan(3_000);
    }

    @Test
    void tooManyPartsAreRefused() throws Exception {
        Path many = XlsxWorkbooks.withParts(inventory(), dir.resolve("many.xlsx"), Map.of(), 1_200);
        assertThatThrownBy(() -> FormatGolden.run(importer, many)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("parts").hasMessageContaining("unsafe");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedBeforeParsing() throws Exception {
        Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-LOCAL-FILE");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "</sheetData></worksheet>";
        Path xxe = XlsxWorkbooks.withParts(inventory(), dir.resolve("xxe.xlsx"),
                Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)), 0);
        assertThatThrownBy(() -> FormatGolden.run(importer, xxe)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("DOCTYPE").hasMessageContaining("XXE").hasMessageNotContaining("TOP-SECRET");
    }
}
