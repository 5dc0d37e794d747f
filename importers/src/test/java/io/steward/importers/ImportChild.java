package io.steward.importers;

import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;

/**
 * The process {@link KillNineTest} kills: imports one file into a ledger and prints markers (STARTED,
 * PARSED when the whole file has been read and the import is finishing, COMMITTED).
 * Usage: {@code ImportChild LEDGER FILE}
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            System.out.println("STARTED");
            System.out.flush();
            boolean[] parsed = {false};
            service.commit(Path.of(args[1]), ImportOptions.detect("kill-test"), (bytes, total, records) -> {
                if (bytes >= total && !parsed[0]) {
                    parsed[0] = true;
                    System.out.println("PARSED");
                    System.out.flush();
                }
            }, Cancellation.NEVER);
            System.out.println("COMMITTED");
            System.out.flush();
        }
    }
}
