package io.steward.app;

import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import io.steward.model.ledger.TestEntries;

/** Real ledger files for tests: a few entries of different kinds, written through the real append path. */
public final class TestLedgers {
    private TestLedgers() {
    }

    /** Appends {@code count} entries alternating two kinds; entry n has payload {"n": n, "note": "entry n"}. */
    public static void append(Path ledgerFile, String actor, int count) {
        try (Store store = Store.open(ledgerFile)) {
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            long start = ledger.size();
            store.write(tx -> { // one transaction: one fsync for the whole batch
                for (int i = 1; i <= count; i++) {
                    long n = start + i;
                    ledger.append(tx, actor, n % 2 == 0 ? TestEntries.OWNER_NOTE : TestEntries.SNAPSHOT_NOTE, "identity-" + n,
                            TestEntries.note(n));
                }
                return null;
            });
        }
    }
}
