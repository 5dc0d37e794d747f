package io.steward.model.findings;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.model.ledger.Ledger;
import io.steward.model.people.PeopleWriter;
import io.steward.model.people.PersonRecord;
import io.steward.model.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Writes inventory and people snapshots the way imports do, for the owners and findings tests. */
public final class GovernanceFixture {
    public static final Instant GENERATED = Instant.parse("2025-06-30T12:00:00Z");

    private GovernanceFixture() {
    }

    public static SnapshotInfo snapshot(Store store, String source, Instant generatedAt, Consumer<SnapshotWriter> body) {
        return store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, new SnapshotStart("file-" + source + ".csv", "0".repeat(64), 100,
                    "test-importer", "1", Instant.parse("2025-07-01T00:00:00Z"), "tester"))) {
                w.source(source);
                w.generatedAt(generatedAt);
                body.accept(w);
                return w.finish(new Ledger(store), "tester");
            }
        });
    }

    public static SnapshotInfo people(Store store, List<PersonRecord> people) {
        return store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, new SnapshotStart("people.csv", "1".repeat(64), 100,
                    "people-directory", "1", Instant.parse("2025-07-01T00:00:00Z"), "tester"))) {
                w.source("people");
                SnapshotInfo info = w.finish(new Ledger(store), "tester");
                PeopleWriter.write(tx, info.id(), people);
                return info;
            }
        });
    }

    public static PersonRecord person(String id, String email, String name, String team, boolean left, String... logins) {
        return new PersonRecord(id, email, name, team, left, null, 1, 1, List.of(logins));
    }

    public static IdentityRecord.Builder identity(String id, String kind) {
        return IdentityRecord.builder(id, kind).name(id);
    }

    public static CredentialRecord key(String id, boolean active, Instant rotated, Instant lastUsed) {
        return new CredentialRecord(id, null, "aws-access-key", active, rotated, rotated, lastUsed, null);
    }

    public static GrantRecord grant(String privilege, String resource) {
        return new GrantRecord(privilege, resource, "attached", null);
    }

    /** {@link #GENERATED} minus whole days. */
    public static Instant daysBefore(long days) {
        return GENERATED.minus(java.time.Duration.ofDays(days));
    }
}
