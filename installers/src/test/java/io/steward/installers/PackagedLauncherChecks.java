package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every packaged launcher must do headless, the same as {@code java -jar steward.jar}: report the
 * Maven version, answer the CLI, and verify and sign a ledger with the trimmed runtime (Ed25519 needs
 * jdk.crypto.ec, which jdeps cannot see). Subclasses say which launcher: app image or installed package.
 */
abstract class PackagedLauncherChecks {
    @TempDir
    Path temp;

    abstract Path launcher();

    /** Runs the launcher with its data folder (keys, logs) in the test's temp folder. */
    ProcessRun steward(String... args) {
        return ProcessRun.of(Map.of("STEWARD_HOME", temp.resolve("home").toString()), launcher(), args);
    }

    @Test
    void reportsTheMavenProjectVersion() {
        ProcessRun run = steward("--version");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().strip()).as(run.describe()).isEqualTo("steward " + BuiltArtifacts.mavenVersion());
    }

    @Test
    void answersTheCommandLineHelp() {
        ProcessRun run = steward("--help");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).contains("Usage: steward");
    }

    @Test
    void passesTheUsageErrorExitCodeThrough() {
        ProcessRun run = steward("no-such-command");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).as(run.describe()).contains("no-such-command");
    }

    @Test
    void verifiesAFreshLedger() throws IOException {
        assumeLedgerCommands();
        Path ledger = freshLedger();

        ProcessRun run = steward("ledger", "verify", "--ledger", ledger.toString());
        System.out.print(run.out());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).contains(ledger.getFileName().toString());
    }

    @Test
    void signsACheckpointWithEd25519AndVerifiesIt() throws IOException {
        assumeLedgerCommands();
        Path ledger = freshLedger();

        ProcessRun checkpoint = steward("ledger", "checkpoint", "--ledger", ledger.toString());
        assertThat(checkpoint.exitCode()).as(checkpoint.describe()).isZero();
        assertThat(Files.readAllLines(StewardPaths.sidecarOf(ledger))).as("checkpoint sidecar").hasSize(1);
        try (var keys = Files.list(temp.resolve("home").resolve("keys"))) {
            assertThat(keys).as("actor key store under STEWARD_HOME/keys").isNotEmpty();
        }

        ProcessRun verify = steward("ledger", "verify", "--ledger", ledger.toString());
        assertThat(verify.exitCode()).as(verify.describe()).isZero();
    }

    /**
     * On Linux the image carries sqlite-jdbc's native library unpacked, so a start does not copy it out of the jar into
     * a temporary file: with the temporary folder pointing nowhere, SQLite must still load and the ledger verify.
     */
    @Test
    void loadsSqliteFromTheImageWithoutATemporaryCopy() throws IOException {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"), "the unpacked library is Linux's");
        assumeLedgerCommands();
        Path ledger = freshLedger();

        ProcessRun run = ProcessRun.of(Map.of("STEWARD_HOME", temp.resolve("home").toString(),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp.resolve("no-such-folder")), launcher(), "ledger", "verify", "--ledger", ledger.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).contains("verified");
    }

    /** A new, empty ledger file made by the real store (what the first import or console start makes). */
    private Path freshLedger() throws IOException {
        Path ledger = Files.createDirectories(temp.resolve("ledgers")).resolve("x.steward");
        Store.open(ledger).close();
        return ledger;
    }

    /** The ledger commands arrive with the CLI work; until this build has them, say so rather than fail. */
    private void assumeLedgerCommands() {
        ProcessRun help = steward("ledger", "verify", "--help");
        assumeTrue(help.out().contains("Usage: steward ledger verify"),
                "this build's CLI has no `ledger verify` yet; these checks run once it is on main");
    }
}
