package io.steward.importers;

import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real ledger file in a temp folder and an import service on it, for each test. */
abstract class LedgerTestBase {
    @TempDir
    Path dir;
    Store store;
    ImportService service;

    @BeforeEach
    void openLedger() {
        store = Store.open(dir.resolve("ledger.steward"));
        service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
    }

    @AfterEach
    void closeLedger() {
        store.close();
    }
}
