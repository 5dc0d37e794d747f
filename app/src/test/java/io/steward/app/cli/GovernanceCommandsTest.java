package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** findings and owner commands on a real ledger: output shapes, exit codes, nothing written on bad input. */
class GovernanceCommandsTest extends CliTest {
    static final String SVC = "arn:aws:iam::111122223333:user/service/svc-billing-export";

    @BeforeEach
    void importReportAndPeople() throws Exception {
        Path people = Files.writeString(work.resolve("people.csv"), "Employee ID,Email,Name,Team,Status,Login\n"
                + "E-1,alice@example.com,Alice,payments,Active,octo-alice\nE-2,bob@example.com,Bob,ops,Left,\n");
        assertThat(steward("import", Fixtures.copy("credential-report-2024-12.csv", work).toString(), people.toString()).exit()).isZero();
    }

    private long entries() {
        return steward("ledger", "show", "--limit", "0", "--format", "csv").out().lines().count();
    }

    @Test
    void findingsJsonCarriesRuleSeverityIdentityEvidenceExplanationFixAndReferences() {
        CliRun.Result r = steward("findings", "--format", "json", "--rule", "stale-credential");
        assertThat(r.exit()).isZero();
        JsonNode array = CanonicalJson.parse(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(array.size()).isPositive();
        JsonNode f = array.get(0);
        for (String field : new String[] {"rule", "severity", "identity", "evidence", "explanation", "fix", "references"}) {
            assertThat(f.has(field)).as(field).isTrue();
        }
        assertThat(f.get("evidence").has("ageDays")).isTrue();
        assertThat(f.get("references").toString()).contains("OWASP NHI7 Long-Lived Secrets");
        assertThat(steward("findings", "--severity", "high", "--refresh").exit()).isZero();
    }

    @Test
    void unknownRuleOrIdentityExitsThreeAndWritesNothing() {
        long before = entries();
        assertThat(steward("findings", "--rule", "nope").exit()).isEqualTo(3);
        assertThat(steward("findings", "accept", "nobody", "no-owner", "--until", "2099-01-01", "--reason", "r").exit()).isEqualTo(3);
        assertThat(steward("findings", "accept", SVC, "nope", "--until", "2099-01-01", "--reason", "r").exit()).isEqualTo(3);
        assertThat(steward("owner", "assign", "nobody", "--owner", "alice@example.com", "--reason", "r").exit()).isEqualTo(3);
        CliRun.Result unknown = steward("owner", "assign", SVC, "--owner", "alise@example.com", "--reason", "r");
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("alice@example.com").contains("--allow-unknown");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void assignHistoryOrphansAndAcceptance() {
        assertThat(steward("owner", "orphans", "--format", "csv").out()).contains(SVC);
        assertThat(steward("owner", "assign", SVC, "--owner", "octo-alice", "--reason", "billing").exit()).isZero();
        assertThat(steward("owner", "assign", SVC, "--owner", "team:payments", "--backup", "alice@example.com", "--reason", "team")
                .exit()).isZero();
        CliRun.Result history = steward("owner", "history", SVC, "--format", "csv");
        assertThat(history.out()).contains("alice@example.com").contains("team:payments");
        assertThat(steward("owner", "orphans", "--format", "csv").out()).doesNotContain(SVC);

        assertThat(steward("findings", "accept", SVC, "stale-credential", "--until", "2099-12-31", "--reason", "replacing in Q1").exit())
                .isZero();
        assertThat(steward("findings", "--rule", "stale-credential", "--format", "csv").out()).contains("accepted until 2100-01-01");
        assertThat(steward("findings", "end-acceptance", SVC, "stale-credential", "--reason", "done early").exit()).isZero();
        assertThat(steward("ledger", "verify").exit()).isZero();
    }

    @Test
    void aTokenInTheRulesFileNameNeverReachesTheLedger() throws Exception {
        String token = SecretFileNamesCliTest.GITHUB;
        Path rules = Files.writeString(work.resolve(token + ".rules"), "source=aws:* name=svc-* owner=team:payments\n");
        CliRun.Result applied = steward("owner", "apply-rules", rules.toString());
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(steward("owner", "history", SVC).out()).contains("[redacted:github-token].rules").doesNotContain(token);
        assertThat(steward("ledger", "show", "--format", "json").out()).doesNotContain(token);
        assertThat(applied.out() + applied.err()).doesNotContain(token);
        steward("ledger", "checkpoint");
        assertThat(new String(Files.readAllBytes(ledger), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }

    @Test
    void applyRulesDryRunWritesNothingErrorsNameLineAndColumnAndApplyingVerifies() throws Exception {
        Path rules = Files.writeString(work.resolve("owners.rules"), "# service users\nsource=aws:* name=svc-* owner=team:payments\n");
        long before = entries();
        CliRun.Result dry = steward("owner", "apply-rules", rules.toString(), "--dry-run", "--format", "csv");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains(SVC);
        assertThat(entries()).isEqualTo(before);

        Path bad = Files.writeString(work.resolve("bad.rules"), "name=svc-* owner=team:payments\nname=x colour=red owner=a\n");
        CliRun.Result error = steward("owner", "apply-rules", bad.toString());
        assertThat(error.exit()).isEqualTo(3);
        assertThat(error.err()).contains("line 2, column 8");
        assertThat(entries()).isEqualTo(before);

        CliRun.Result applied = steward("owner", "apply-rules", rules.toString());
        assertThat(applied.exit()).isZero();
        assertThat(applied.err()).contains("assignments/s");
        assertThat(entries()).isGreaterThan(before);
        assertThat(steward("ledger", "verify").exit()).isZero();
    }

    @Test
    void ledgerVerifyFailsWhenTheOwnerTableWasEditedOutsideTheLedger() {
        assertThat(steward("owner", "assign", SVC, "--owner", "alice@example.com", "--reason", "r").exit()).isZero();
        try (io.steward.model.store.Store store = io.steward.model.store.Store.open(ledger)) {
            store.write(tx -> tx.execute("UPDATE identity_owner SET owner = 'mallory@example.com'"));
        }
        CliRun.Result r = steward("ledger", "verify");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED").contains("mallory@example.com").contains(SVC);
    }
}
