package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code inventory} rows carry their risk and {@code inventory show} prints findings, owner, ownership history and
 * suggestions, on a real ledger built by {@code steward import}, {@code owner assign} and {@code findings accept}.
 */
class InventoryRiskCommandsTest extends CliTest {
    static final String SVC = "arn:aws:iam::111122223333:user/service/svc-billing-export";
    static final Map<String, Integer> RANK = Map.of("critical", 4, "high", 3, "medium", 2, "low", 1, "none", 0);

    @BeforeEach
    void importAssignAccept() throws Exception {
        Path people = Files.writeString(work.resolve("people.csv"), "Employee ID,Email,Name,Team,Status,Login\n"
                + "E-1,alice@example.com,Alice,payments,Active,octo-alice\n");
        assertThat(steward("import", Fixtures.copy("credential-report-2024-12.csv", work).toString(),
                Fixtures.copy("service-accounts.csv", work).toString(), people.toString()).exit()).isZero();
        assertThat(steward("owner", "assign", SVC, "--owner", "octo-alice", "--reason", "billing").exit()).isZero();
        assertThat(steward("owner", "assign", SVC, "--owner", "team:payments", "--backup", "alice@example.com", "--reason",
                "the team runs it").exit()).isZero();
    }

    /** The open findings of one identity as {@code findings --format json} lists them. */
    private List<JsonNode> findingsOf(String key) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JsonOutput.array(steward("findings", "--format", "json", "--limit", "0").out())) {
            if (f.get("identity").asText().equals(key)) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void jsonRowsCarryTheWorstOpenFindingAndTheCountAndFilterAndSortByIt() {
        List<JsonNode> rows = JsonOutput.array(steward("inventory", "--format", "json", "--limit", "0").out());
        assertThat(rows).isNotEmpty();
        List<JsonNode> all = JsonOutput.array(steward("findings", "--format", "json", "--limit", "0").out());
        for (JsonNode r : rows) {
            List<JsonNode> open = all.stream().filter(f -> f.get("identity").asText().equals(r.get("key").asText()))
                    .filter(f -> f.get("status").asText().equals("open")).toList();
            String worst = open.stream().map(f -> f.get("severity").asText()).max((a, b) -> RANK.get(a) - RANK.get(b)).orElse("none");
            assertThat(r.get("risk").asText()).as(r.get("name").asText()).isEqualTo(worst);
            assertThat(r.get("openFindings").asInt()).as(r.get("name").asText()).isEqualTo(open.size());
        }
        List<JsonNode> high = JsonOutput.array(steward("inventory", "--format", "json", "--risk", "high").out());
        assertThat(high).isNotEmpty().allMatch(r -> r.get("risk").asText().equals("high"));
        assertThat(high).hasSize((int) rows.stream().filter(r -> r.get("risk").asText().equals("high")).count());

        List<Integer> worstFirst = JsonOutput.array(steward("inventory", "--format", "json", "--sort", "risk", "--desc").out()).stream()
                .map(r -> RANK.get(r.get("risk").asText())).toList();
        assertThat(worstFirst).hasSize(rows.size()).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        assertThat(steward("inventory").out()).contains("risk").contains("high (");
        CliRun.Result bad = steward("inventory", "--risk", "severe");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown risk 'severe'").contains("critical, high, medium, low, none");
    }

    @Test
    void showPrintsRiskFindingsOwnerAndOwnershipHistory() {
        String rule = findingsOf(SVC).get(0).get("rule").asText();
        assertThat(steward("findings", "accept", SVC, rule, "--until", "2099-01-31", "--reason", "decommissioned in January").exit())
                .isZero();
        List<JsonNode> findings = findingsOf(SVC);

        CliRun.Result text = steward("inventory", "show", SVC);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("findings (" + findings.size() + ")")
                .contains("[" + findings.get(0).get("severity").asText() + "] " + rule)
                .contains("accepted until 2099-02-01T00:00:00Z), by ").contains("decommissioned in January")
                .contains("why:        " + findings.get(0).get("explanation").asText())
                .contains("fix:        " + findings.get(0).get("fix").asText())
                .contains("references: " + findings.get(0).get("references").get(0).asText())
                .contains("evidence:   {")
                .contains("owner        team:payments, backup alice@example.com: the team runs it (")
                .contains("ownership history (2)").contains("alice@example.com: billing (")
                .contains("suggestions (0)");

        JsonNode shown = JsonOutput.array(steward("inventory", "show", SVC, "--format", "json").out()).get(0);
        assertThat(shown.get("findings")).hasSize(findings.size());
        JsonNode accepted = shown.get("findings").get(0);
        assertThat(accepted.get("rule").asText()).isEqualTo(rule);
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        for (String field : new String[] {"severity", "evidence", "explanation", "fix", "references", "acceptedUntil"}) {
            assertThat(accepted.has(field)).as(field).isTrue();
        }
        assertThat(shown.get("owner").get("owner").asText()).isEqualTo("payments");
        assertThat(shown.get("owner").get("ownerKind").asText()).isEqualTo("team");
        assertThat(shown.get("owner").get("backup").asText()).isEqualTo("alice@example.com");
        assertThat(shown.get("ownerHistory")).hasSize(2);
        assertThat(shown.get("ownerHistory").get(0).get("reason").asText()).isEqualTo("billing");
        long open = findings.stream().filter(f -> f.get("status").asText().equals("open")).count();
        assertThat(shown.get("openFindings").asLong()).isEqualTo(open);
    }

    @Test
    void showOffersTheOwnerHintOfAnUnownedIdentity() {
        CliRun.Result r = steward("inventory", "show", "nhi-0001");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("owner        none assigned").contains("suggestions (1)")
                .contains("owner hint 'team-infra' from ").contains("[medium] no-owner");
        JsonNode shown = JsonOutput.array(steward("inventory", "show", "nhi-0001", "--format", "json").out()).get(0);
        assertThat(shown.get("owner").isNull()).isTrue();
        assertThat(shown.get("suggestions").get(0).get("hint").asText()).isEqualTo("team-infra");
    }
}
