package io.steward.model.inventory;

import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/** Writes snapshots straight through {@link SnapshotWriter}, for the model's tests. */
final class InventoryFixture {
    private InventoryFixture() {
    }

    static final String SHA = "0".repeat(64);

    static SnapshotInfo snapshot(Store store, String source, String importer, Instant generatedAt, long fileSize,
                                 Consumer<SnapshotWriter> body) {
        return snapshotSeeing(store, source, importer, generatedAt, fileSize, (w, tx) -> body.accept(w));
    }

    /** As {@link #snapshot(Store, String, String, Instant, long, Consumer)}, the body also given the import's transaction. */
    static SnapshotInfo snapshotSeeing(Store store, String source, String importer, Instant generatedAt, long fileSize,
                                       BiConsumer<SnapshotWriter, DSLContext> body) {
        return store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, new SnapshotStart("file-" + source + ".csv", SHA, fileSize, importer, "1",
                    Instant.parse("2025-01-01T00:00:00Z"), "tester"))) {
                w.source(source);
                w.generatedAt(generatedAt);
                body.accept(w, tx);
                return w.finish(new Ledger(store, java.time.Clock.systemUTC()), "tester");
            }
        });
    }

    static SnapshotInfo snapshot(Store store, String source, Consumer<SnapshotWriter> body) {
        return snapshot(store, source, "test-importer", null, 100, body);
    }

    static IdentityRecord.Builder identity(String id, String kind) {
        return IdentityRecord.builder(id, kind).name(id);
    }

    static CredentialRecord key(String id, boolean active, String created, String lastUsed) {
        return new CredentialRecord(id, null, "aws-access-key", active, t(created), t(created), t(lastUsed), null);
    }

    static Instant t(String s) {
        return s == null ? null : Instant.parse(s);
    }

    static List<GrantRecord> grants(String... privileges) {
        return java.util.Arrays.stream(privileges).map(p -> new GrantRecord(p, "*", "inline:p", null)).toList();
    }
}
