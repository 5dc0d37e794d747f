package io.steward.app.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the command tests: the real CLI run in-process on a real ledger file in a temporary folder, with the
 * data folder (keys, logs) in another. A subclass's own {@code @BeforeEach} runs after this one.
 */
abstract class CliTest {
    @TempDir
    Path home;
    @TempDir
    Path work;
    CliRun cli;
    /** The ledger {@link #steward} works on; a test may point it elsewhere. */
    Path ledger;

    @BeforeEach
    final void openCli() {
        cli = new CliRun(home);
        ledger = work.resolve("inventory.steward");
    }

    /** {@code steward --ledger <ledger> args...}. */
    CliRun.Result steward(String... args) {
        return new LedgerCli(home, ledger).run(args);
    }
}
