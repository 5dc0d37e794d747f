package io.steward.model.inventory.query;

import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.time.Instant;
import java.util.List;

/** Writes snapshots into a real ledger through the import's own {@link SnapshotWriter}. */
public final class SnapshotFixtures {
    private final Store store;
    private final Ledger ledger;
    private int files;

    public SnapshotFixtures(Store store) {
        this.store = store;
        this.ledger = new Ledger(store, java.time.Clock.systemUTC());
    }

    public SnapshotInfo write(String source, String importer, Instant generatedAt, List<IdentityRecord> identities) {
        return write(source, importer, generatedAt, identities, 1_000);
    }

    public SnapshotInfo write(String source, String importer, Instant generatedAt, List<IdentityRecord> identities, long fileSize) {
        int n = ++files;
        String sha = String.format("%064x", n);
        SnapshotStart start = new SnapshotStart("export-" + n + ".json", sha, fileSize, importer, "1", Instant.parse("2025-06-01T00:00:00Z")
                .plusSeconds(n), "tester");
        return store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, start)) {
                w.source(source);
                w.generatedAt(generatedAt);
                identities.forEach(w::add);
                w.recordsRead(identities.size());
                return w.finish(ledger, "tester");
            }
        });
    }
}
