package io.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.Cancellation;
import io.steward.importers.ImportReport;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.query.CatalogEntry;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.DiffSummary;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo ledger, built through the real import pipeline into a real ledger file. */
class DemoLedgerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void buildsAFewThousandIdentitiesFromEveryBundledExport() throws Exception {
        List<String> progress = new ArrayList<>();
        DemoLedger.Result result = DemoLedger.create(dir, "demo", dir.resolve("keys"), CLOCK,
                (done, total, report) -> progress.add(done + "/" + total + " " + report.importerId()), Cancellation.NEVER);

        assertThat(result.files()).extracting(f -> f.getFileName().toString()).containsExactly(
                "aws-credential-report-2025-05-16.json", "aws-credential-report-2025-06-15.csv", "aws-authorization-details-2025-06-15.json",
                result.files().get(3).getFileName().toString(), "gcp-service-accounts-acme-data-prod.json",
                "gcp-service-account-keys-acme-data-prod.json", "gcp-iam-policy-acme-data-prod.json", "entra-service-principals-and-apps.json",
                "kubectl-prod-cluster-rbac.json", "github-acme-personal-access-tokens-and-requests.json",
                "github-acme-installations.json", "github-acme-deploy-keys.json", "vault-token-lookups.json", "vault-approle-roles.json",
                "vault-approle-secret-id-lookups.json", "spire-entries-prod.acme.example.json", "cmdb-service-accounts-2025-06.csv",
                "people-directory-2025-06.csv");
        assertThat(result.files().get(3).getFileName().toString()).startsWith("aws-list-access-keys-ci-");
        int total = result.files().size();
        assertThat(progress).containsExactly(1 + "/" + total + " aws-credential-report", 2 + "/" + total + " aws-credential-report",
                3 + "/" + total + " aws-authorization-details", 4 + "/" + total + " aws-access-keys", 5 + "/" + total + " gcp-service-accounts",
                6 + "/" + total + " gcp-service-account-keys", 7 + "/" + total + " gcp-iam-policy", 8 + "/" + total + " entra",
                9 + "/" + total + " kubernetes", 10 + "/" + total + " github-fine-grained-pats", 11 + "/" + total + " github-app-installations",
                12 + "/" + total + " github-deploy-keys", 13 + "/" + total + " vault-tokens", 14 + "/" + total + " vault-approle-roles",
                15 + "/" + total + " vault-approle-secret-ids", 16 + "/" + total + " spire-entries", 17 + "/" + total + " generic-csv",
                18 + "/" + total + " people-directory");
        assertThat(result.reports()).allSatisfy(r -> assertThat(r.committed()).isTrue());
        assertThat(result.reports()).filteredOn(r -> !r.importerId().equals("generic-csv"))
                .allSatisfy(r -> assertThat(r.refusals()).as(r.file().getFileName() + " refused secrets").isEmpty());
        assertThat(result.reports()).filteredOn(r -> !r.importerId().equals("people-directory"))
                .allSatisfy(r -> assertThat(r.counts().identities()).as(r.file().getFileName() + " identities").isPositive());

        ImportReport june = result.reports().get(1);
        assertThat(june.counts().duplicates()).as("users listed twice").isPositive();
        assertThat(june.source()).isEqualTo("aws:" + DemoOrg.ACCOUNT);
        ImportReport cmdb = result.reports().get(16);
        assertThat(cmdb.counts().identities()).isEqualTo(DemoExports.SPREADSHEET_ROWS);
        assertThat(cmdb.refusals()).singleElement().satisfies(i -> {
            assertThat(i.recordNo()).isEqualTo(18);
            assertThat(i.field()).isEqualTo("Notes");
        });
        String cmdbText = Files.readString(result.files().get(16), StandardCharsets.UTF_8);
        assertThat(cmdbText).startsWith("\uFEFFAccount_ID;Account_Name;");
        assertThat(cmdbText).contains(";n/a;").contains(";;").contains("Pending Retirement").contains(";TRUE;").contains(";Y;");

        try (Store store = Store.open(result.ledgerFile())) {
            InventoryQuery inventory = new InventoryQuery(store);
            long current = inventory.count(IdentityFilter.ALL).count();
            assertThat(current).isBetween(3_000L, 7_000L);
            assertThat(current).as("every file but last month's credential report is the current snapshot of its series")
                    .isEqualTo(result.reports().stream().skip(1).mapToLong(r -> r.counts().identities()).sum());
            assertThat(inventory.page(PageRequest.first(IdentityFilter.ALL.withKind("root-account"), IdentitySort.NAME, false, 10)).rows())
                    .hasSize(1);
            assertThat(inventory.count(IdentityFilter.ALL.withText("<root_account> access key")).count()).as("root account key").isEqualTo(1);
            assertThat(inventory.count(IdentityFilter.ALL.withOwnerHint(IdentityFilter.UNKNOWN)).count()).as("orphans").isPositive();

            SnapshotCatalog catalog = new SnapshotCatalog(store);
            List<CatalogEntry> two = catalog.latestTwo("aws:" + DemoOrg.ACCOUNT);
            assertThat(two).extracting(e -> e.info().importerId()).containsOnly("aws-authorization-details");
            List<CatalogEntry> reports = catalog.list().stream().filter(e -> e.info().importerId().equals("aws-credential-report")).toList();
            assertThat(reports).hasSize(2);
            assertThat(reports.get(0).info().generatedAt()).isEqualTo(Instant.parse("2025-05-16T00:00:00Z"));
            DiffSummary diff = new SnapshotDiff(store).summary(reports.get(0).id(), reports.get(1).id());
            assertThat(diff.added()).isPositive();
            assertThat(diff.removed()).isPositive();
            assertThat(diff.changed()).isPositive();
            assertThat(new SnapshotDiff(store).changes(reports.get(0).id(), reports.get(1).id(), EnumSet.of(ChangeType.CHANGED), null, 500)
                    .changes()).anySatisfy(c -> assertThat(c.credentials()).isNotEmpty());
            assertThat(catalog.issues(reports.get(1).id(), ImportIssue.Severity.WARNING, 10)).isNotEmpty();

            assertThat(catalog.list()).filteredOn(CatalogEntry::current).extracting(e -> e.info().importerId()).contains("aws-credential-report",
                    "aws-authorization-details", "gcp-service-accounts", "gcp-service-account-keys", "gcp-iam-policy", "entra", "kubernetes",
                    "github-fine-grained-pats", "github-app-installations", "github-deploy-keys", "vault-tokens", "vault-approle-roles",
                    "vault-approle-secret-ids", "spire-entries", "generic-csv", "people-directory");
            assertThat(catalog.sources()).contains("aws:" + DemoOrg.ACCOUNT, "gcp:" + GcpExport.PROJECT, "entra:" + EntraExport.TENANT,
                    "kubernetes", "vault", "spiffe:" + SpireExport.TRUST_DOMAIN).anyMatch(src -> src.startsWith("github:"))
                    .anyMatch(src -> src.startsWith("people:"));
            DemoOrg org = new DemoOrg(DemoLedger.SEED, DemoExports.AWS_USERS, CLOCK.instant());
            assertThat(result.reports().get(17).counts().records()).as("people in the directory").isEqualTo(DemoOrg.PEOPLE + 1);
            assertThat(org.people()).filteredOn(DemoOrg.Person::left).hasSizeBetween(3, 10);
            assertThat(org.people().stream().filter(DemoOrg.Person::left)
                    .mapToLong(p -> inventory.count(IdentityFilter.ALL.withOwnerHint(p.email())).count()).sum())
                    .as("identities whose recorded owner has left").isPositive();
            // workload identities resolve to the AWS role (by ARN), the GCP service account (by its e-mail alias) and the
            // Entra application (by its client id alias) that the other demo files hold
            assertThat(crossPlatformLinks(inventory)).extracting(IdentityRow::source)
                    .anyMatch(src -> src.equals("aws:" + DemoOrg.ACCOUNT))
                    .anyMatch(src -> src.startsWith("gcp:"))
                    .anyMatch(src -> src.startsWith("entra:"));
        }
        for (String suffix : List.of("", "-wal")) {
            Path f = Path.of(result.ledgerFile() + suffix);
            if (Files.exists(f)) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("Zx8Qm2Lp5Tn7Rv4Ws1Yk9Hc3Jd6Gf0Bh2Na5");
            }
        }
    }

    /** The targets in other systems that the Kubernetes service accounts' links resolve to. */
    private static List<IdentityRow> crossPlatformLinks(InventoryQuery inventory) {
        List<IdentityRow> targets = new ArrayList<>();
        for (IdentityRow sa : inventory.page(PageRequest.first(IdentityFilter.ALL.withSource("kubernetes"), IdentitySort.NAME, false, 1_000))
                .rows()) {
            inventory.detail(sa.id()).orElseThrow().links().stream().filter(l -> l.target() != null).forEach(l -> targets.add(l.target()));
        }
        return targets;
    }

    @Test
    void theSameDayGivesTheSameExports(@TempDir Path other) throws Exception {
        List<Path> a = DemoExports.standard().writeAll(dir, new DemoOrg(DemoLedger.SEED, DemoExports.AWS_USERS, CLOCK.instant()));
        List<Path> b = DemoExports.standard().writeAll(other, new DemoOrg(DemoLedger.SEED, DemoExports.AWS_USERS, CLOCK.instant()));
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(a.get(i))).as(a.get(i).getFileName().toString()).isEqualTo(Files.readAllBytes(b.get(i)));
        }
    }
}
