package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.BuildInfo;
import io.steward.app.TestLedgers;
import io.steward.model.StewardPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Global options, exit codes and error reporting of the {@code steward} command line. */
class StewardCliTest {
    @TempDir
    Path home;
    @TempDir
    Path work;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun.Result r = cli.run("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("steward " + BuildInfo.version());
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun.Result r = cli.run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--ledger=FILE").contains("--actor=NAME").contains("--demo").contains("ledger")
                .contains("3   bad input").contains("STEWARD_HOME");
    }

    @Test
    void picocliIsToldOnlyTheCommandALineNames() {
        assertThat(StewardCli.commandsFor("--ledger", "inventory", "ledger", "verify")).containsExactly(LedgerCommand.class);
        assertThat(StewardCli.commandsFor("--actor=alice", "inventory", "--format", "json")).containsExactly(InventoryCommand.class);
        assertThat(StewardCli.commandsFor("--help")).isEqualTo(StewardCli.COMMANDS);
        assertThat(StewardCli.commandsFor()).isEqualTo(StewardCli.COMMANDS);
        assertThat(StewardCli.commandsFor("inventroy")).isEqualTo(StewardCli.COMMANDS);
        assertThat(StewardCli.commandsFor("--version")).isEmpty();
    }

    @Test
    void aMisspeltCommandStillGetsItsSuggestion() {
        CliRun.Result r = cli.run("inventroy");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("inventroy").contains("inventory");
    }

    @Test
    void theLedgerOptionReachesACommandPicocliWasToldAlone() {
        Path ledger = work.resolve("l.steward");
        TestLedgers.append(ledger, "alice", 1);
        CliRun.Result before = cli.run("--ledger", ledger.toString(), "ledger", "verify");
        CliRun.Result after = cli.run("ledger", "verify", "--ledger", ledger.toString());

        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).contains(ledger.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun.Result r = cli.run("--nonsense");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option: '--nonsense'");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        Path ledger = work.resolve("l.steward");
        TestLedgers.append(ledger, "alice", 1);
        assertThat(cli.run("--ledger", ledger.toString(), "ledger").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("--ledger", ledger.toString(), "ledger", "show", "--limit", "-1").exit()).isEqualTo(ExitCodes.USAGE);
        CliRun.Result format = cli.run("--ledger", ledger.toString(), "ledger", "show", "--format", "xml");
        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("xml").contains("table, csv, json");
    }

    @Test
    void aFileThatIsNotALedgerIsBadInputWithOneLineAndNoStackTrace() throws Exception {
        Path notes = Files.writeString(work.resolve("notes.txt"), "these are my notes, not a database\n".repeat(200));
        byte[] before = Files.readAllBytes(notes);

        CliRun.Result r = cli.run("--ledger", notes.toString(), "ledger", "show");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("steward: ").contains(notes.toString()).hasLineCount(1)
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    }

    @Test
    void aMissingLedgerIsBadInputAndIsNotCreated() {
        Path missing = work.resolve("missing.steward");

        CliRun.Result r = cli.run("--ledger", missing.toString(), "ledger", "verify");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("There is no ledger at " + missing).hasLineCount(1);
        assertThat(missing).doesNotExist();
    }

    @Test
    void noCommandOpensTheConsoleOnTheDefaultLedgerInTheDataFolder() {
        CliRun.Result r = cli.run("--actor", "carol");

        assertThat(r.exit()).isZero();
        assertThat(cli.consoleOpened).singleElement().satisfies(o -> {
            assertThat(o.ledgerFile()).isEqualTo(new StewardPaths(home).ledger(null));
            assertThat(o.actor()).isEqualTo("carol");
            assertThat(o.keysDir()).isEqualTo(home.resolve("keys"));
        });
    }

    @Test
    void actorDefaultsToTheOsUserName() {
        cli.run("--ledger", work.resolve("a.steward").toString());

        assertThat(cli.consoleOpened).singleElement()
                .satisfies(o -> assertThat(o.actor()).isEqualTo(System.getProperty("user.name")));
    }

    @Test
    void demoOpensTheConsoleOnAFreshLedgerInANewTemporaryFolder() throws Exception {
        CliRun.Result first = cli.run("--demo");
        CliRun.Result second = cli.run("--demo");

        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(cli.consoleOpened).hasSize(2);
        try {
            for (CliRun.Opened o : cli.consoleOpened) {
                // the demo exports are imported in the background (DemoCommandTest); the ledger is new either way
                assertThat(o.ledgerFile().startsWith(home)).isFalse();
                assertThat(o.keysDir().getParent()).isEqualTo(o.ledgerFile().getParent());
                assertThat(o.ledgerFile().getParent()).as("the demo folder is deleted once the console closes").doesNotExist();
            }
            assertThat(cli.consoleOpened.get(0).ledgerFile().getParent())
                    .isNotEqualTo(cli.consoleOpened.get(1).ledgerFile().getParent());
        } finally {
            for (CliRun.Opened o : cli.consoleOpened) {
                if (java.nio.file.Files.exists(o.ledgerFile().getParent())) {
                    deleteTree(o.ledgerFile().getParent());
                }
            }
        }
    }

    @Test
    void demoCannotBeCombinedWithALedgerOrACommand() {
        assertThat(cli.run("--demo", "--ledger", work.resolve("x").toString()).exit()).isEqualTo(ExitCodes.USAGE);
        CliRun.Result r = cli.run("--demo", "ledger", "show");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--demo opens the console");
        assertThat(cli.consoleOpened).isEmpty();
    }

    @Test
    void logsGoToTheDataFoldersLogsFolder() {
        cli.run("--ledger", work.resolve("missing").toString(), "ledger", "show");

        assertThat(home.resolve("logs").resolve("steward.log")).exists().content().contains("refused its input");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
