package io.steward.app.cli;

import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.findings.GovernanceFixture;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.stepup.StepUpEntries;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code steward stepup ...} in-process on a real ledger with people, identities and owners. */
class StepUpCommandsTest extends CliTest {
    Path requests;

    @BeforeEach
    void ledgerWithOwners() throws Exception {
        try (Store store = Store.open(ledger)) {
            GovernanceFixture.people(store, List.of(person("p1", "ana@example.com", "Ana", "platform", false, "ana"),
                    person("p2", "ben@example.com", "Ben", "platform", false, "ben"),
                    person("p3", "carla@example.com", "Carla", "data", false, "carla")));
            GovernanceFixture.snapshot(store, "aws:1", Instant.now().minus(1, ChronoUnit.HOURS), w -> {
                w.add(identity("etl-runner", "service-account").environment("production")
                        .grants(List.of(grant("s3:PutObject", "arn:aws:s3:::data"))).build());
                w.add(identity("deploy-bot", "ai-agent").environment("staging").build());
            });
            Owners owners = new Owners(new Ledger(store, java.time.Clock.systemUTC()));
            owners.assign("admin", "aws:1|etl-runner", new Assignment(OwnerRef.person("ana@example.com"),
                    OwnerRef.person("ben@example.com"), "data platform", "manual"));
            owners.assign("admin", "aws:1|deploy-bot", new Assignment(OwnerRef.person("ana@example.com"), null, "deploys", "manual"));
        }
        String at = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        requests = work.resolve("requests.jsonl");
        Files.writeString(requests, String.join("\n",
                line("R1", at, "etl-runner", "etl-runner", "s3:PutObject", "production", "PT4H"),
                line("R2", at, "ana@example.com", "deploy-bot", "read", "staging", "PT1H"),
                line("R3", at, "deploy-bot", "deploy-bot", "read", "staging", "P3D")) + "\n");
    }

    static String line(String id, String at, String requester, String target, String privilege, String env, String ttl) {
        return "{\"id\":\"" + id + "\",\"requestedAt\":\"" + at + "\",\"requester\":\"" + requester + "\",\"target\":\"" + target
                + "\",\"privilege\":\"" + privilege + "\",\"resource\":\"arn:aws:s3:::data\",\"environment\":\"" + env
                + "\",\"ttl\":\"" + ttl + "\",\"justification\":\"OPS-7 backfill\",\"task\":\"run 42\",\"tools\":[\"aws s3 cp\"]}";
    }

    @Test
    void aTokenInTheRequestFileNameNeverReachesTheLedger() throws Exception {
        String token = SecretFileNamesCliTest.GITHUB;
        Path named = Files.copy(requests, work.resolve(token + ".jsonl"));
        CliRun.Result imported = steward("stepup", "import", named.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        CliRun.Result shown = steward("ledger", "show", "--format", "json");
        assertThat(shown.out()).contains("import:[redacted:github-token].jsonl").doesNotContain(token);
        assertThat(imported.out() + imported.err()).doesNotContain(token);
        steward("ledger", "checkpoint");
        assertThat(new String(Files.readAllBytes(ledger), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }

    @Test
    void importIsIdempotentAndABadFileIsRefusedWithEveryReason() throws Exception {
        assertThat(steward("stepup", "import", requests.toString()).out()).contains("Imported 3 step-up requests");
        assertThat(steward("stepup", "import", requests.toString()).out()).contains("Imported 0 step-up requests").contains("3 already imported");

        Path bad = work.resolve("bad.json");
        Files.writeString(bad, "[{\"id\":\"B1\",\"ttl\":\"forever\"}, {\"id\":\"B2\",\"requestedAt\":\"2026-01-01T00:00:00Z\",\"requester\":\"x\","
                + "\"target\":\"nobody\",\"privilege\":\"p\",\"environment\":\"dev\",\"ttl\":\"PT1H\",\"justification\":\"j\"}]");
        CliRun.Result r = steward("stepup", "import", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("request B1, field ttl").contains("request B1, field requester: missing")
                .contains("request B2, field target: no current identity");
        assertThat(steward("stepup", "list", "--state", "all", "--format", "json").out()).doesNotContain("B1");
    }

    @Test
    void decisionsRefusedByBuiltInRulesAndPolicyExitOneAndUnknownRequestsThree() {
        steward("stepup", "import", requests.toString());

        CliRun.Result self = steward("--actor", "ana@example.com", "stepup", "approve", "R2", "--reason", "mine");
        assertThat(self.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(self.err()).contains("cannot approve it").contains("no-self-approval");
        CliRun.Result stranger = steward("--actor", "carla", "stepup", "approve", "R1", "--reason", "x");
        assertThat(stranger.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(stranger.err()).contains("only the owner, the backup or a delegate");
        CliRun.Result standing = steward("--actor", "ana", "stepup", "approve", "R3", "--reason", "x");
        assertThat(standing.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(standing.err()).contains("agents never get standing grants");
        assertThat(steward("--actor", "ana", "stepup", "approve", "NOPE", "--reason", "x").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(steward("--actor", "ana", "stepup", "approve", "R1", "--ttl", "PT3H", "--reason", "x").err()).contains("exceeds the cap of PT1H");
    }

    @Test
    void twoApproversGrantThenListShowRevokeAndExportVerifiedByOpenssl() throws Exception {
        steward("stepup", "import", requests.toString());

        assertThat(steward("--actor", "ana", "stepup", "approve", "R1", "--reason", "ok").out()).contains("approval 1 of 2; still pending");
        assertThat(steward("--actor", "ben", "stepup", "approve", "R1", "--ttl", "PT45M", "--reason", "ok").out())
                .contains("granted for PT45M");
        List<JsonNode> active = JsonOutput.array(steward("stepup", "list", "--state", "active", "--format", "json").out());
        assertThat(active).singleElement().satisfies(n -> assertThat(n.get("id").asText()).isEqualTo("R1"))
                .satisfies(n -> assertThat(n.get("approvals").asText()).isEqualTo("2/2"));
        assertThat(steward("--actor", "ana", "stepup", "show", "R1").out()).contains("production-privileged: approvals 2, cap PT1H")
                .contains("owner          ana@example.com").contains("approved by ben (PT45M)");
        assertThat(steward("--actor", "ana", "stepup", "deny", "R2", "--reason", "not now").exit()).isZero();
        assertThat(steward("--actor", "ana", "stepup", "revoke", "R1", "--reason", "done early").out()).contains("Revoked the grant of R1");

        Path out = work.resolve("decisions.jsonl");
        CliRun.Result export = steward("--actor", "ana", "stepup", "export", "--out", out.toString());
        assertThat(export.out()).contains("Wrote 4 decisions");
        Process p = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", out + ".pub.pem", "-rawin", "-in", out.toString(),
                "-sigfile", out + ".sig").redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(steward("ledger", "verify").exit()).isZero();
    }

    @Test
    void ledgerVerifyFlagsASelfApprovalEntry() {
        steward("stepup", "import", requests.toString());
        try (Store store = Store.open(ledger)) {
            new Ledger(store, java.time.Clock.systemUTC()).append("etl-runner", StepUpEntries.APPROVED_KIND, "R1", new StepUpEntries.Approved("R1", "aws:1|etl-runner",
                    "PT1H", "self", "owner", 1, 1, true, null, null, null));
        }
        CliRun.Result r = steward("ledger", "verify");
        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains("etl-runner approving step-up request R1, which they requested themselves");
    }

    @Test
    void policyCheckValidatesWithLineAndColumn() throws Exception {
        Path good = work.resolve("good.policy");
        Files.writeString(good, "rule prod: when request.environment == \"production\" then approvals 2\n");
        assertThat(steward("stepup", "policy", "check", good.toString()).out()).contains("1 rules, valid");
        Path broken = work.resolve("broken.policy");
        Files.writeString(broken, "rule prod: when request.environment == then approvals 2\nrule x: when true then cap soon\n");
        CliRun.Result r = steward("stepup", "policy", "check", broken.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("broken.policy:1:").contains("rule prod:").contains("broken.policy:2:24: rule x: cap needs an ISO-8601 duration");
    }
}
