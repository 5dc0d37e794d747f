package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignCommandsTest extends CliTest {
    @BeforeEach
    void importInventory() {
        assertThat(steward("import", Fixtures.copy("service-accounts.csv", work).toString()).exit()).isZero();
    }

    CliRun.Result as(String actor, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--actor";
        all[1] = actor;
        System.arraycopy(args, 0, all, 2, args.length);
        return steward(all);
    }

    @Test
    void aCampaignFromCreateToCloseOnTheCommandLine() {
        CliRun.Result preview = as("alice", "campaign", "create", "Q4", "--due", "2026-12-31", "--preview");
        assertThat(preview.out()).contains("3 items, 3 without an owner").contains("alice: 3");
        assertThat(as("alice", "campaign", "list", "--format", "json").out().strip()).isEqualTo("[]");

        CliRun.Result created = as("alice", "campaign", "create", "Q4", "--due", "2026-12-31", "--period", "2026-Q4", "--open");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("Campaign Q4 open").contains("3 items frozen");

        List<JsonNode> items = JsonOutput.array(as("alice", "campaign", "items", "Q4", "--format", "json").out());
        assertThat(items).hasSize(3);
        assertThat(items.get(0).fieldNames()).toIterable().contains("id", "identity", "reviewer", "decision", "recommendation");
        assertThat(items).allSatisfy(i -> assertThat(i.get("reviewer").asText()).isEqualTo("alice"));

        CliRun.Result noComment = as("alice", "campaign", "decide", "Q4", "2", "--decision", "revoke");
        assertThat(noComment.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(noComment.err()).contains("comment-required").contains("items 2");

        assertThat(as("alice", "campaign", "decide", "nope", "1", "--decision", "certify").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(as("alice", "campaign", "decide", "Q4", "42", "--decision", "certify").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(as("alice", "campaign", "decide", "Q4", "1", "--decision", "approve").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(as("alice", "campaign", "decide", "Q4", "1", "--decision", "certify").exit()).isZero();
        assertThat(as("alice", "campaign", "decide", "Q4", "1", "--decision", "reduce", "--remove", "s3:PutObject",
                "--comment", "writes are not needed").exit()).isZero();
        assertThat(as("alice", "campaign", "decide", "Q4", "2", "--decision", "revoke", "--comment", "disabled token").exit()).isZero();
        assertThat(as("alice", "campaign", "decide", "Q4", "3", "--decision", "delegate", "--to", "bob",
                "--comment", "bob runs the FTP host").exit()).isZero();
        assertThat(JsonOutput.array(as("bob", "campaign", "items", "Q4", "--reviewer", "bob", "--format", "json").out()))
                .extracting(n -> n.get("id").asLong()).containsExactly(3L);

        List<JsonNode> history = JsonOutput.array(as("alice", "campaign", "history", "Q4", "1", "--format", "json").out());
        assertThat(history).extracting(n -> n.get("action").asText()).containsExactly("certify", "reduce");
        assertThat(history.get(0).get("superseded").asBoolean()).isTrue();

        CliRun.Result signed = as("alice", "campaign", "signoff", "Q4");
        assertThat(signed.exit()).as(signed.err()).isZero();
        assertThat(signed.out()).contains("Signed off 2 decision(s)").contains("Checkpoint at seq");

        List<JsonNode> remediation = JsonOutput.array(as("alice", "campaign", "remediation", "Q4", "--format", "json").out());
        assertThat(remediation).extracting(n -> n.get("decision").asText()).containsExactly("reduce", "revoke");

        assertThat(as("bob", "campaign", "close", "Q4").exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        CliRun.Result closed = as("alice", "campaign", "close", "Q4");
        assertThat(closed.exit()).as(closed.err()).isZero();
        assertThat(closed.out()).contains("no-response=1");
        assertThat(as("alice", "ledger", "verify").exit()).isZero();
    }
}
