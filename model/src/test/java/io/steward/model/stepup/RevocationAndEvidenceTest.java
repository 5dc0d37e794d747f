package io.steward.model.stepup;

import static io.steward.model.stepup.StepUpFixture.ETL;
import static io.steward.model.stepup.StepUpFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Findings;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.ActorKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationAndEvidenceTest {
    @TempDir
    Path dir;
    StepUpFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new StepUpFixture(dir);
        f.service.importFile(f.file(dir, "r.jsonl", request("R1", "etl-runner", ETL, "s3:PutObject", "staging", "PT1H")), "me");
        f.service.approve("R1", "ana", null, "backfill tonight");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aGrantStillInASnapshotTakenAfterItsExpiryRaisesExpiredGrantPresent() {
        assertThat(f.store.read(ExpiredGrantsPresent::find)).as("the snapshot before expiry may show it").isEmpty();

        f.clock.advance(Duration.ofHours(2));
        f.snapshot(f.clock.instant(), true);

        List<ExpiredGrantsPresent.Hit> hits = f.store.read(ExpiredGrantsPresent::find);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.requestId()).isEqualTo("R1");
            assertThat(h.identityKey()).isEqualTo(ETL);
            assertThat(h.explanation()).contains("still shows it");
        });
        Findings findings = new Findings(f.ledger);
        findings.refresh(FindingProgress.NONE);
        assertThat(findings.openFindings(ETL)).extracting(x -> x.rule().id()).contains(ExpiredGrantsPresent.RULE);
    }

    @Test
    void aGrantGoneFromTheLaterSnapshotRaisesNothing() {
        f.clock.advance(Duration.ofHours(2));
        f.snapshot(f.clock.instant(), false);

        assertThat(f.store.read(ExpiredGrantsPresent::find)).isEmpty();
        Findings findings = new Findings(f.ledger);
        findings.refresh(FindingProgress.NONE);
        assertThat(findings.openFindings(ETL)).extracting(x -> x.rule().id()).doesNotContain(ExpiredGrantsPresent.RULE);
    }

    @Test
    void theDecisionFileVerifiesWithStockOpenssl() throws Exception {
        assumeTrue(opensslPresent(), "openssl is not installed on this machine: the decision-file check with stock openssl is skipped");
        ActorKeys keys = new ActorKeys(dir.resolve("keys"));
        DecisionFile.Written written = DecisionFile.export(f.store, keys.keyFor("ana"), "ana", dir.resolve("decisions.jsonl"));

        assertThat(written.decisions()).isEqualTo(1);
        List<String> lines = Files.readAllLines(written.file());
        JsonNode d = CanonicalJson.parse(lines.get(0).getBytes(StandardCharsets.UTF_8));
        assertThat(d.get("request").asText()).isEqualTo("R1");
        assertThat(d.get("decision").asText()).isEqualTo("approved");
        assertThat(d.get("expiresAt").asText()).isNotBlank();
        assertThat(d.get("policy").get("name").asText()).isEqualTo("default.policy");
        assertThat(Files.getPosixFilePermissions(written.signature())).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        assertThat(openssl(written)).as("openssl verifies the untouched file").isZero();
        Files.writeString(written.file(), lines.get(0).replace("\"approved\"", "\"denied\"") + "\n");
        assertThat(openssl(written)).as("openssl rejects an edited file").isNotZero();
    }

    @Test
    void theVerifierCheckFindsAnApprovalByTheRequesterWrittenPastTheService() {
        assertThat(SelfApprovalCheck.scan(f.store)).isEmpty();
        // an entry appended straight to the ledger, as someone editing around the service would
        long seq = f.ledger.append("etl-runner", StepUpEntries.APPROVED_KIND, "R1", new StepUpEntries.Approved("R1", ETL, "PT1H", "self",
                "owner", 2, 1, true, null, null, null)).seq();

        assertThat(SelfApprovalCheck.scan(f.store)).hasValueSatisfying(v -> {
            assertThat(v.seq()).isEqualTo(seq);
            assertThat(v.message()).contains("etl-runner approving step-up request R1, which they requested themselves");
        });
    }

    private static boolean opensslPresent() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static int openssl(DecisionFile.Written w) throws Exception {
        Process p = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", w.publicKey().toString(), "-rawin",
                "-in", w.file().toString(), "-sigfile", w.signature().toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

}
