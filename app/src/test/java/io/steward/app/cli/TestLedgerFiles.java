package io.steward.app.cli;

import io.steward.app.TestLedgers;
import java.nio.file.Path;

/** Ledgers with plain entries for command tests. */
final class TestLedgerFiles {
    private TestLedgerFiles() {
    }

    static void entries(Path ledger, int count) {
        TestLedgers.append(ledger, "alice", count);
    }
}
