package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The command line over real-shaped files written for these tests: Kubernetes files of one cluster and of two clusters
 * stay current side by side, machine output is complete, diff says what kind each change is and can hide last-use
 * movement, and the messages a new user met read right.
 */
class ImportFixesCliTest extends CliTest {

    private List<JsonNode> inventory(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("inventory", "--format", "json"));
        args.addAll(List.of(extra));
        CliRun.Result r = steward(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JsonOutput.array(r.out());
    }

    private static List<String> keys(List<JsonNode> rows) {
        return rows.stream().map(r -> r.get("source").asText() + "|" + r.get("id").asText()).distinct().sorted().toList();
    }

    @Test
    void kubernetesFilesOfOneClusterAndOfTwoClustersStayCurrentSideBySide() {
        CliRun.Result accounts = steward("import", "--source", "prod", Fixtures.copy("k8s-prod-serviceaccounts.yaml", work).toString());
        assertThat(accounts.exit()).as(accounts.err()).isZero();
        CliRun.Result bindings = steward("import", "--source", "prod", Fixtures.copy("k8s-prod-rolebindings.yaml", work).toString());
        assertThat(bindings.exit()).as(bindings.err()).isZero();
        assertThat(keys(inventory())).as("service accounts and role bindings of one cluster: both files current")
                .containsExactly("kubernetes:prod|batch/runner", "kubernetes:prod|payments/default", "kubernetes:prod|payments/payments-api");

        CliRun.Result staging = steward("import", "--source", "kubernetes:staging",
                Fixtures.copy("k8s-staging-serviceaccounts.yaml", work).toString());
        assertThat(staging.exit()).as(staging.err()).isZero();
        assertThat(keys(inventory())).as("a second cluster adds its accounts and replaces nothing")
                .containsExactly("kubernetes:prod|batch/runner", "kubernetes:prod|payments/default", "kubernetes:prod|payments/payments-api",
                        "kubernetes:staging|payments/payments-api");

        List<JsonNode> snapshots = JsonOutput.array(steward("snapshots", "--format", "json").out());
        assertThat(snapshots).extracting(s -> s.get("current").asBoolean()).containsExactly(true, true, true);
    }

    @Test
    void theClusterNameIsRememberedForFilesNamedAlike() throws Exception {
        assertThat(steward("import", "--source", "prod", Fixtures.copy("k8s-prod-serviceaccounts.yaml", work).toString()).exit()).isZero();
        Path later = work.resolve("k8s-prod-serviceaccounts-2024-12-01.yaml");
        Files.copy(work.resolve("k8s-prod-serviceaccounts.yaml"), later);
        Files.writeString(later, "# next month's export\n", java.nio.file.StandardOpenOption.APPEND); // another file, not a re-import
        CliRun.Result again = steward("import", later.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("kubernetes:prod");
        assertThat(steward("ledger", "show", "--format", "json").out()).contains("source.remembered");

        CliRun.Result unnamed = steward("import", Fixtures.copy("k8s-staging-serviceaccounts.yaml", work).toString());
        assertThat(unnamed.out()).contains("kubernetes:unnamed").contains("cluster-unnamed");

        CliRun.Result wrongFormat = steward("import", "--source", "prod", Fixtures.copy("service-accounts.csv", work).toString());
        assertThat(wrongFormat.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongFormat.err()).contains("reads the source from the file itself");
    }

    @Test
    void machineFormatsListAll150IdentitiesAndTheTableSaysWhatItLeftOut() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,owner,type\n");
        for (int i = 1; i <= 150; i++) {
            csv.append(String.format("svc-%03d,service %03d,team-%d,Service Account%n", i, i, i % 7));
        }
        Path file = work.resolve("nhi-inventory.csv");
        Files.writeString(file, csv);
        assertThat(steward("import", file.toString()).exit()).isZero();

        assertThat(inventory()).as("json lists everything without --limit").hasSize(150);
        assertThat(inventory("--limit", "20")).hasSize(20);
        CliRun.Result asCsv = steward("inventory", "--format", "csv");
        assertThat(asCsv.out().lines().count()).as("header + 150 rows").isEqualTo(151);
        CliRun.Result table = steward("inventory");
        assertThat(table.out()).contains("100 of 150 identities (--limit 0 lists all)");
        assertThat(table.err()).isEmpty();
    }

    @Test
    void diffTypesEachChangeAndOnlyMeaningfulHidesLastUseMovement() {
        for (String fixture : List.of("credential-report-2024-11.csv", "credential-report-2024-12.csv")) {
            assertThat(steward("import", Fixtures.copy(fixture, work).toString()).exit()).isZero();
        }
        List<JsonNode> all = JsonOutput.array(steward("diff", "--source", "aws:111122223333", "--importer", "aws-credential-report",
                "--format", "json").out());
        List<String> types = all.stream().flatMap(c -> StreamSupport.stream(c.get("types").spliterator(), false)).map(JsonNode::asText)
                .distinct().toList();
        assertThat(types).contains("identity-added", "identity-removed", "disabled", "last-use-moved");

        CliRun.Result meaningful = steward("diff", "--only", "meaningful", "--format", "json");
        List<JsonNode> kept = JsonOutput.array(meaningful.out());
        assertThat(kept).isNotEmpty().allSatisfy(c -> assertThat(StreamSupport.stream(c.get("types").spliterator(), false)
                .map(JsonNode::asText)).anyMatch(t -> !t.equals("last-use-moved")));
        long onlyLastUse = all.stream().filter(c -> c.get("types").size() == 1 && c.get("types").get(0).asText().equals("last-use-moved"))
                .count();
        assertThat(kept).hasSize(all.size() - (int) onlyLastUse);
        assertThat(steward("diff", "--only", "meaningful").out()).contains("left out: only their last use moved");

        CliRun.Result one = steward("diff", "--importer", "aws-credential-report", "--source", "aws:nope");
        assertThat(one.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(one.err()).contains("No snapshot matches --source aws:nope --importer aws-credential-report");
    }

    @Test
    void theOnlyOneSnapshotMessageNamesTheSeries() {
        assertThat(steward("import", Fixtures.copy("service-accounts.csv", work).toString()).exit()).isZero();
        CliRun.Result one = steward("diff");
        assertThat(one.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(one.err()).contains("Series csv:service-accounts / generic-csv has only one snapshot");
    }

    @Test
    void demoHelpOffersNoLedgerOption() {
        CliRun.Result help = cli.run("demo", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("DIR").doesNotContain("--ledger");
    }

    @Test
    void anotherApplicationsSqliteDatabaseIsNamedAsSuch() throws Exception {
        Path other = work.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)");
        }
        CliRun.Result r = cli.run("--ledger", other.toString(), "import", Fixtures.copy("service-accounts.csv", work).toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("is an SQLite database, but not a Steward ledger").doesNotContain("baseline");
    }
}
