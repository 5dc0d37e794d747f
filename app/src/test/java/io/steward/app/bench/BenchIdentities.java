package io.steward.app.bench;

import io.steward.app.Workspace;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The benchmarks' inventory: one snapshot of N identities of one source, every tenth an AI agent, each with one
 * access key (a third never used) and one grant (every seventh AdministratorAccess).
 */
final class BenchIdentities {
    private BenchIdentities() {
    }

    static void write(Workspace w, int n, String source, IntFunction<String> key, IntFunction<String> name) {
        Instant used = Instant.now().minusSeconds(86_400L * 10);
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        w.ledger().store().write(tx -> {
            try (SnapshotWriter sw = new SnapshotWriter(tx, new SnapshotStart("bench.csv", "0".repeat(64), n, "bench", "1", Instant.now(), "bench"))) {
                sw.source(source);
                for (int i = 0; i < n; i++) {
                    String id = key.apply(i);
                    sw.add(IdentityRecord.builder(id, i % 10 == 0 ? "ai-agent" : "service-account").name(name.apply(i))
                            .environment(i % 2 == 0 ? "prod" : "dev").createdAt(created).lastUsedAt(i % 3 == 0 ? null : used)
                            .credentials(List.of(new CredentialRecord(id + "-key1", "AKIA****" + (i % 10_000), "aws-access-key", true, created,
                                    created, i % 3 == 0 ? null : used, null)))
                            .grants(List.of(new GrantRecord(i % 7 == 0 ? "AdministratorAccess" : "s3:GetObject", "*", "attached", null)))
                            .build());
                }
                return sw.finish(w.ledger(), "bench");
            }
        });
    }
}
