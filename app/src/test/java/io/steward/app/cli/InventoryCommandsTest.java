package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.exports.inventory.InventoryExport;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code steward snapshots | inventory | diff} in-process on a real ledger built by {@code steward import}. */
class InventoryCommandsTest extends CliTest {
    static final String AWS = "aws:111122223333";

    @BeforeEach
    void importThreeFiles() {
        // one command per file: two snapshots of the AWS account a month apart, and a spreadsheet
        for (String fixture : List.of("credential-report-2024-11.csv", "service-accounts.csv", "credential-report-2024-12.csv")) {
            CliRun.Result r = steward("import", Fixtures.copy(fixture, work).toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
    }

    @Test
    void readCommandsRefuseAMissingLedgerAndCreateNothing() {
        Path missing = work.resolve("missing.steward");
        for (String command : List.of("snapshots", "inventory", "diff")) {
            CliRun.Result r = cli.run("--ledger", missing.toString(), command);
            assertThat(r.exit()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).as(command).contains("There is no ledger at " + missing);
            assertThat(missing).doesNotExist();
        }
    }

    @Test
    void snapshotsListEveryImportWithHashCountsAndWhichIsCurrent() {
        List<JsonNode> rows = JsonOutput.array(steward("snapshots", "--format", "json").out());
        assertThat(rows).extracting(r -> r.get("id").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(rows).extracting(r -> r.get("source").asText()).containsExactly(AWS, "csv:service-accounts", AWS);
        assertThat(rows).extracting(r -> r.get("current").asBoolean()).containsExactly(false, true, true);
        JsonNode first = rows.get(0);
        assertThat(first.get("importer").asText()).isEqualTo("aws-credential-report");
        assertThat(first.get("file").asText()).isEqualTo("credential-report-2024-11.csv");
        assertThat(first.get("sha256").asText()).hasSize(64);
        assertThat(first.get("identities").asLong()).isEqualTo(10);
        assertThat(first.get("duplicates").asLong()).isEqualTo(1);
        assertThat(rows.get(1).get("refused").asLong()).isEqualTo(1);

        CliRun.Result table = steward("snapshots");
        assertThat(table.out()).contains("credential-report-2024-12.csv").contains(rows.get(2).get("sha256").asText().substring(0, 12));
        CliRun.Result csv = steward("snapshots", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("id,source,importer,version,file,sha256,");
    }

    @Test
    void inventoryJsonGivesEachCurrentIdentityWithCredentialsAndGrants() {
        List<JsonNode> rows = JsonOutput.array(steward("inventory", "--format", "json", "--limit", "0").out());
        // the newest AWS report (11 identities) and the spreadsheet (3); the November report is history
        assertThat(rows).hasSize(14);
        for (JsonNode r : rows) {
            assertThat(r.fieldNames()).toIterable().contains("id", "source", "kind", "name", "enabled", "createdAt", "lastUsedAt",
                    "credentials", "grants");
            r.get("credentials").forEach(c -> assertThat(c.fieldNames()).toIterable()
                    .contains("id", "active", "createdAt", "lastUsedAt", "expiresAt"));
        }
        JsonNode key = rows.stream().filter(r -> r.get("id").asText().equals("arn:aws:iam::111122223333:user/ci-deployer#key2"))
                .findFirst().orElseThrow();
        assertThat(key.get("kind").asText()).isEqualTo("access-key");
        assertThat(key.get("enabled").asBoolean()).isFalse();
        assertThat(key.get("createdAt").asText()).isEqualTo("2020-01-15T10:05:00Z");
        JsonNode credential = key.get("credentials").get(0);
        assertThat(credential.get("id").asText()).isEqualTo("key2");
        assertThat(credential.get("active").asBoolean()).isFalse();
        assertThat(credential.get("lastUsedAt").asText()).isEqualTo("2021-02-01T12:30:00Z");
        assertThat(credential.get("expiresAt").isNull()).isTrue();
        JsonNode backup = rows.stream().filter(r -> r.get("id").asText().equals("nhi-0001")).findFirst().orElseThrow();
        assertThat(backup.get("grants")).extracting(g -> g.get("privilege").asText()).containsExactly("s3:GetObject", "s3:PutObject");
        assertThat(rows).noneMatch(r -> r.get("name").asText().equals("alice.smith"));
    }

    @Test
    void inventoryFiltersSearchesSortsAndLimits() {
        List<JsonNode> keys = JsonOutput.array(steward("inventory", "--format", "json", "--kind", "access-key", "--source", AWS,
                "--sort", "last-used", "--desc").out());
        assertThat(keys).extracting(r -> r.get("name").asText()).containsExactly("ci-deployer access key 1",
                "svc-billing-export access key 1", "<root_account> access key 1", "christopher access key 1", "ci-deployer access key 2",
                "reporting access key 1");

        List<JsonNode> found = JsonOutput.array(steward("inventory", "--format", "json", "--query", "DEPLOY").out());
        assertThat(found).extracting(r -> r.get("name").asText()).containsExactly("ci-deployer", "ci-deployer access key 1",
                "ci-deployer access key 2");

        CliRun.Result limited = steward("inventory", "--limit", "2");
        assertThat(limited.out()).contains("2 of 14 identities (--limit 0 lists all)");
        assertThat(limited.out().lines().filter(l -> l.contains(AWS) || l.contains("csv:")).count()).isEqualTo(2);

        CliRun.Result csv = steward("inventory", "--format", "csv", "--owner-hint", "");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", InventoryExport.CSV_COLUMNS));
        assertThat(csv.out().lines().count()).isEqualTo(1 + 11 + 2); // no owner hint: all AWS rows, and two of the spreadsheet's

        CliRun.Result badSort = steward("inventory", "--sort", "colour");
        assertThat(badSort.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSort.err()).contains("unknown sort 'colour'").contains("last-used");
    }

    @Test
    void inventoryWritesAnOwnerOnlyFileWithEveryMatchingIdentity() throws Exception {
        Path csvFile = work.resolve("exports/identities.csv");
        Files.createDirectories(csvFile.getParent());

        CliRun.Result r = steward("inventory", "--output", csvFile.toString(), "--sort", "last-used", "--desc");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 14 identities to " + csvFile.toAbsolutePath() + " (csv)");
        List<String> lines = Files.readAllLines(csvFile);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", InventoryExport.CSV_COLUMNS));
        assertThat(lines).hasSize(1 + 14); // every identity: --output writes all unless --limit says otherwise
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csvFile))).isEqualTo("rw-------");

        Path jsonFile = work.resolve("exports/deploy.json");
        assertThat(steward("inventory", "--query", "deploy", "--output", jsonFile.toString()).exit()).isZero();
        assertThat(JsonOutput.array(Files.readString(jsonFile))).extracting(o -> o.get("name").asText())
                .containsExactly("ci-deployer", "ci-deployer access key 1", "ci-deployer access key 2");

        CliRun.Result unknown = steward("inventory", "--output", work.resolve("identities.txt").toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("ends in neither .csv nor .json");
        CliRun.Result table = steward("inventory", "--format", "table", "--output", csvFile.toString());
        assertThat(table.exit()).isEqualTo(ExitCodes.USAGE);

        Path nowhere = work.resolve("no-such-folder/identities.csv");
        CliRun.Result missing = steward("inventory", "--output", nowhere.toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("does not exist");
        assertThat(nowhere.getParent()).doesNotExist();
    }

    @Test
    void showPrintsOneIdentityInFullWithItsKeysAndHistory() {
        String arn = "arn:aws:iam::111122223333:user/ci-deployer";

        CliRun.Result text = steward("inventory", "show", arn);

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("ci-deployer  (iam-user, " + AWS + ")").contains("  id           " + arn)
                .contains("  parts (2)").contains("ci-deployer access key 1 (access-key, " + AWS + ", id " + arn + "#key1)")
                .contains("  history (2)").contains("credential-report-2024-11.csv: added");

        List<JsonNode> json = JsonOutput.array(steward("inventory", "show", arn + "#key1", "--format", "json").out());
        assertThat(json).singleElement().satisfies(key -> {
            assertThat(key.get("kind").asText()).isEqualTo("access-key");
            assertThat(key.get("parent").get("id").asText()).isEqualTo(arn);
            assertThat(key.get("credentials")).isNotEmpty();
            assertThat(key.get("history")).hasSize(2);
        });

        CliRun.Result missing = steward("inventory", "show", "arn:aws:iam::111122223333:user/nobody");
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no current identity has the key, id or name");
    }

    @Test
    void aPrincipalTwoImportersDescribeListsOnceAndShowsByNameWithEveryFactsOrigin() throws Exception {
        String arn = "arn:aws:iam::111122223333:user/ci-deployer";
        Path details = work.resolve("authorization-details.json");
        java.nio.file.Files.writeString(details, """
                {"UserDetailList": [{"Path": "/", "UserName": "ci-deployer", "UserId": "AIDAEXAMPLE1", "Arn": "%s",
                  "CreateDate": "2019-05-07T18:55:12Z", "Tags": [{"Key": "Owner", "Value": "team-ci"}],
                  "AttachedManagedPolicies": [{"PolicyName": "PowerUserAccess", "PolicyArn": "arn:aws:iam::aws:policy/PowerUserAccess"}]}],
                 "GroupDetailList": [], "RoleDetailList": [], "Policies": []}
                """.formatted(arn));
        assertThat(steward("import", details.toString()).exit()).isZero();

        List<JsonNode> rows = JsonOutput.array(steward("inventory", "--format", "json", "--query", "ci-deployer").out());
        assertThat(rows).filteredOn(r -> r.get("key").asText().equals(arn)).singleElement()
                .satisfies(r -> assertThat(r.get("ownerHint").asText()).isEqualTo("team-ci"));
        assertThat(steward("inventory", "--owner-hint", "team-ci").out()).as("filters on the merged owner hint").contains("ci-deployer");
        assertThat(steward("inventory", "--owner-hint", "", "--query", "ci-deployer").out()).doesNotContain("ci-deployer  iam-user");

        CliRun.Result text = steward("inventory", "show", "ci-deployer");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("  key          " + arn).contains("  owner hint   team-ci")
                .contains("aws-credential-report #3, aws-authorization-details #4")
                .contains("[aws-authorization-details #4] arn:aws:iam::aws:policy/PowerUserAccess").contains("  parts (2)");
    }

    @Test
    void diffComparesTheLatestTwoSnapshotsOfASource() {
        CliRun.Result table = steward("diff");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("From snapshot 1 (credential-report-2024-11.csv").contains("to snapshot 3")
                .contains("2 added, 1 removed, 3 changed, 6 unchanged")
                .contains("removed  iam-user             alice.smith")
                .contains("credential key2 changed: active true -> false");

        List<JsonNode> changes = JsonOutput.array(steward("diff", "1", "3", "--format", "json").out());
        assertThat(changes).extracting(c -> c.get("change").asText()).containsExactly("removed", "changed", "changed", "changed",
                "added", "added");
        JsonNode key2 = changes.get(3);
        assertThat(key2.get("id").asText()).endsWith("ci-deployer#key2");
        assertThat(key2.get("fields").get(0).get("field").asText()).isEqualTo("enabled");
        JsonNode credential = key2.get("credentials").get(0);
        assertThat(credential.get("change").asText()).isEqualTo("changed");
        assertThat(credential.get("before").get("active").asBoolean()).isTrue();
        assertThat(credential.get("after").get("active").asBoolean()).isFalse();

        assertThat(JsonOutput.array(steward("diff", "--source", AWS, "--format", "json").out())).hasSize(6);
    }

    @Test
    void diffRefusesWhatCannotBeCompared() {
        CliRun.Result one = steward("diff", "--source", "csv:service-accounts");
        assertThat(one.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(one.err()).contains("only one snapshot");

        CliRun.Result mixed = steward("diff", "1", "2");
        assertThat(mixed.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(mixed.err()).contains("different sources");

        CliRun.Result missing = steward("diff", "1", "99");
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no snapshot 99");

        assertThat(steward("diff", "1").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void csvOutputMakesFormulaTextFromAnImportedFileInert() throws Exception {
        Path sheet = work.resolve("formula.csv");
        java.nio.file.Files.writeString(sheet, "id,name,type,owner\nSVC-9001,=HYPERLINK(\"http://evil\"),Service Account,@team\n");
        assertThat(steward("import", sheet.toString()).exit()).isZero();

        String csv = steward("inventory", "--source", "csv:formula", "--format", "csv").out();

        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
