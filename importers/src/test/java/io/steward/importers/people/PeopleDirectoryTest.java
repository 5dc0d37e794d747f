package io.steward.importers.people;

import io.steward.model.ledger.Ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.FormatGolden;
import io.steward.importers.spreadsheet.XlsxWorkbooks;
import io.steward.importers.ImportOptions;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.ImportService;
import io.steward.importers.ImportReport;
import io.steward.importers.StandardImporters;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleDirectoryTest {
    private static final Path PEOPLE = FormatGolden.FIXTURES.resolve("people/people-directory.csv");
    private static final String OWNER_DEPARTED = "SELECT i.name FROM identity i"
            + " LEFT JOIN person p ON p.current = 1 AND p.person_key = lower(trim(i.owner_hint))"
            + " WHERE i.current = 1 AND i.owner_hint IS NOT NULL AND p.status = 'left' ORDER BY i.name";

    @TempDir
    Path dir;

    @Test
    void peopleAreTheirOwnSnapshotAndOwnerDepartedIsOneQuery() throws Exception {
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ImportService imports = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            imports.commit(FormatGolden.FIXTURES.resolve("entra/az-sp-list.json"), ImportOptions.detect("tester"),
                    ImportProgress.NONE, Cancellation.NEVER);
            ImportReport report = imports.commit(PEOPLE, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
            assertThat(report.importerId()).as("detected by its header").isEqualTo("people-directory");
            assertThat(report.snapshot().importerId()).isEqualTo("people-directory");
            assertThat(report.counts().records()).isEqualTo(4);
            assertThat(text(store, "SELECT count(*) FROM person WHERE snapshot_id = ?", report.snapshot().id())).isEqualTo("4");
            assertThat(text(store, "SELECT count(*) FROM person WHERE snapshot_id = ? AND status = 'left'", report.snapshot().id()))
                    .as("Left with a date, and Terminated").isEqualTo("2");
            List<String> departed = store.read(tx -> tx.fetch(OWNER_DEPARTED).getValues(0, String.class));
            assertThat(departed).containsExactly("Acme Vendor Sync");
            assertThat(text(store, "SELECT count(*) FROM identity WHERE snapshot_id = ?", report.snapshot().id()))
                    .as("people are not identities").isEqualTo("0");
            assertThat(text(store, "SELECT person_key FROM person WHERE person_id = 'E-1004' AND current = 1"))
                    .as("no e-mail: keyed by the lower-case id").isEqualTo("e-1004");
            assertThat(text(store, "SELECT p.email FROM person_alias a JOIN person p ON p.id = a.person"
                    + " WHERE a.alias_key = 'e-1001' AND a.current = 1")).isEqualTo("Alice.Ng@example.com");

            // a second directory (the same file, imported again on purpose) replaces the first as the current one
            ImportReport second = imports.commit(PEOPLE, ImportOptions.detect("tester").withAgain(true), ImportProgress.NONE, Cancellation.NEVER);
            assertThat(text(store, "SELECT count(*) FROM person WHERE current = 1")).isEqualTo("4");
            assertThat(text(store, "SELECT min(snapshot_id) FROM person WHERE current = 1"))
                    .isEqualTo(String.valueOf(second.snapshot().id()));
        }
    }

    @Test
    void anXlsxDirectoryIsDetectedByItsHeaderBelowATitleNotTakenForAnInventory() throws Exception {
        Path xlsx = XlsxWorkbooks.write(dir.resolve("hr-export.xlsx"), "HR leavers report, November",
                List.of("Employee ID", "Email", "Full Name", "Department", "Status", "Left Date"),
                List.of(List.of("E-1001", "Alice.Ng@example.com", "Alice Ng", "Payments", "Active", ""),
                        List.of("E-1002", "vendor-ops@vendor.example", "Vendor Ops", "Procurement", "Left", "2024-02-29")));
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ImportReport report = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC())
                    .commit(xlsx, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);

            assertThat(report.importerId()).isEqualTo("people-directory");
            assertThat(text(store, "SELECT count(*) FROM person WHERE status = 'left'")).isEqualTo("1");
            assertThat(text(store, "SELECT count(*) FROM identity")).isEqualTo("0");
        }
    }

    @Test
    void aLoginColumnGivesEachPersonSeveralAliasesSoGithubAndVaultOwnersMatch() throws Exception {
        Path csv = java.nio.file.Files.writeString(dir.resolve("people.csv"), "Employee ID,Email,Name,Team,Status,GitHub Login\n"
                + "E-1,alice@example.com,Alice,payments,Active,octo-alice|alice-vault\n"
                + "E-2,bob@example.com,Bob,ops,Left,bobgh\n");
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC()).commit(csv, ImportOptions.detect("tester"), ImportProgress.NONE,
                    Cancellation.NEVER);
            assertThat(store.<java.util.Optional<io.steward.model.people.PeopleDirectory.Person>>read(tx -> io.steward.model.people.PeopleDirectory.person(tx, "Octo-Alice")))
                    .hasValueSatisfying(p -> assertThat(p.email()).isEqualTo("alice@example.com"));
            assertThat(store.<java.util.Optional<io.steward.model.people.PeopleDirectory.Person>>read(tx -> io.steward.model.people.PeopleDirectory.person(tx, "alice-vault"))).isPresent();
            assertThat(store.<java.util.Optional<io.steward.model.people.PeopleDirectory.Person>>read(tx -> io.steward.model.people.PeopleDirectory.person(tx, "bobgh")))
                    .hasValueSatisfying(p -> assertThat(p.left()).isTrue());
        }
    }

    @Test
    void everyImportComputesFindingsInItsTransaction() throws Exception {
        try (Store store = Store.open(dir.resolve("ledger.db"))) {
            ImportService imports = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            imports.commit(FormatGolden.FIXTURES.resolve("entra/az-sp-list.json"), ImportOptions.detect("tester"),
                    ImportProgress.NONE, Cancellation.NEVER);
            assertThat(text(store, "SELECT count(*) FROM finding WHERE rule = 'no-owner' AND resolved_at IS NULL"))
                    .isEqualTo(text(store, "SELECT count(DISTINCT identity_key) FROM identity WHERE current = 1 AND parent_id IS NULL"));
        }
    }

    private static String text(Store store, String sql, Object... args) {
        return store.read(tx -> String.valueOf(tx.fetchValue(sql, args)));
    }

    @Test
    void thePlainImportContractRefusesAPeopleFileWithDirections() {
        assertThatThrownBy(() -> new PeopleDirectoryImporter().read(PEOPLE, null, ImportProgress.NONE, Cancellation.NEVER))
                .isInstanceOf(BadInputException.class).hasMessageContaining("people directory");
    }
}
