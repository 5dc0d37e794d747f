package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.app.TestLedgers;
import io.steward.model.StewardPaths;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.ledger.Tamper;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code steward ledger verify|checkpoint|show} run in-process against real ledger files. */
class LedgerCommandsTest extends CliTest {

    @BeforeEach
    void ledgerWithFiveEntries() {
        ledger = work.resolve("test.steward");
        TestLedgers.append(ledger, "alice", 5);
    }

    @Test
    void verifyReportsEntriesHeadAndCheckpoints() {
        assertThat(cli.run("--ledger", ledger.toString(), "ledger", "checkpoint").exit()).isZero();
        LedgerEntry head = head();

        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "verify");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Entries checked:     6")
                .contains("Head:                seq 6, hash " + head.hash())
                .containsPattern("Checkpoints checked: [1-9]")
                .contains(StewardPaths.sidecarOf(ledger).toString())
                .contains("Result:              verified");
    }

    @Test
    void verifyNamesTheFirstEditedEntryAndExitsOne() {
        new Tamper(ledger).editBody(3, "entry 3", "entry X");

        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "verify");

        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains("Result:              FAILED")
                .contains("First bad entry:     seq 3")
                .containsPattern("Reason: +\\S.*");
    }

    @Test
    void verifyAgainstACheckpointsCopyDetectsDeletedNewestEntries() throws Exception {
        cli.run("--ledger", ledger.toString(), "ledger", "checkpoint");
        Path copy = Files.copy(StewardPaths.sidecarOf(ledger), work.resolve("kept-elsewhere.checkpoints"));
        Files.delete(StewardPaths.sidecarOf(ledger));
        new Tamper(ledger).deleteFrom(4);

        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "verify", "--checkpoints", copy.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains(copy.getFileName().toString()).contains("Result:              FAILED");
    }

    @Test
    void verifyWithAMissingCheckpointsFileIsBadInput() {
        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "verify", "--checkpoints", work.resolve("nope").toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("steward: ").contains("nope").hasLineCount(1);
    }

    @Test
    void checkpointSignsTheHeadWithTheActorsKeyInTheDataFolder() throws Exception {
        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "checkpoint", "--actor", "bob");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Checkpoint:  seq 5, head " + entry(5).hash()).contains("Signed by:   bob, key ");
        assertThat(home.resolve("keys").resolve("bob.p12")).exists();
        assertThat(Files.readAllLines(StewardPaths.sidecarOf(ledger))).hasSize(1);
        LedgerEntry checkpoint = head();
        assertThat(checkpoint.kind()).isEqualTo("checkpoint");
        assertThat(checkpoint.actor()).isEqualTo("bob");
    }

    @Test
    void showPrintsTheNewestEntriesOldestFirstAsATable() {
        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "show", "--limit", "2");

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("seq  time").contains("actor").contains("kind").endsWith("hash");
        assertThat(lines.get(1)).matches("-+( +-+)+");
        assertThat(lines.get(2)).startsWith("  4  ").contains("alice").contains("owner.assigned").contains("identity-4")
                .endsWith(entry(4).hash().substring(0, 16));
        assertThat(lines.get(3)).startsWith("  5  ").contains("snapshot.imported");
    }

    @Test
    void showAsJsonIsOneArrayWithPayloadObjects() {
        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "show", "--format", "json", "--limit", "0");

        assertThat(r.exit()).isZero();
        JsonNode array = CanonicalJson.parse(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(5);
        JsonNode first = array.get(0);
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("payload").get("note").asText()).isEqualTo("entry 1");
        assertThat(first.get("prev_hash").asText()).isEqualTo("0".repeat(64));
        assertThat(array.get(4).get("hash").asText()).isEqualTo(entry(5).hash());
    }

    @Test
    void showAsJsonOnAFilteredEmptyResultIsAnEmptyArray() {
        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "show", "--format", "JSON", "--kind", "checkpoint");

        assertThat(r.exit()).isZero();
        assertThat(CanonicalJson.parse(r.out().getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void showAsCsvHasAHeaderAndQuotesJson() {
        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "show", "--format", "csv", "--kind", "owner.assigned");

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).containsExactly(
                "seq,time,actor,kind,subject,payload,prev_hash,hash",
                csvLine(entry(2)),
                csvLine(entry(4)));
    }

    @Test
    void showAllPagesThroughMoreThanOnePage() {
        TestLedgers.append(ledger, "alice", LedgerShowCommand.PAGE + 10);

        CliRun.Result r = cli.run("--ledger", ledger.toString(), "ledger", "show", "--format", "csv", "--limit", "0");

        List<String> lines = r.out().lines().toList();
        assertThat(lines.size()).isEqualTo(1 + 5 + LedgerShowCommand.PAGE + 10);
        assertThat(lines.get(lines.size() - 1)).startsWith((5 + LedgerShowCommand.PAGE + 10) + ",");
    }

    private static String csvLine(LedgerEntry e) {
        return e.seq() + "," + Ledger.TIME.format(e.time()) + "," + e.actor() + "," + e.kind() + "," + e.subject() + ",\""
                + e.payload().toString().replace("\"", "\"\"") + "\"," + e.prevHash() + "," + e.hash();
    }

    private LedgerEntry head() {
        try (Store store = Store.open(ledger)) {
            return new Ledger(store, java.time.Clock.systemUTC()).head().orElseThrow();
        }
    }

    private LedgerEntry entry(long seq) {
        try (Store store = Store.open(ledger)) {
            return new Ledger(store, java.time.Clock.systemUTC()).entry(seq).orElseThrow();
        }
    }
}
