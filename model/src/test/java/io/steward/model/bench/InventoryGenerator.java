package io.steward.model.bench;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a big inventory ledger for the query benchmark through the import's own {@link SnapshotWriter}:
 * several sources of different sizes (AWS users with access keys, AWS roles, GCP and Kubernetes service
 * accounts, GitHub tokens), environments, owners (a fifth have none), enabled flags, unknown times, and an
 * older snapshot of one source so that not every row is current. Deterministic for a given size.
 */
final class InventoryGenerator {
    private static final String[] TEAMS = {"payments", "ledger", "search", "data", "platform", "identity", "billing", "growth",
        "mobile", "ml", "risk", "support", "infra", "analytics", "checkout", "catalog", "fraud", "messaging", "edge", "finance"};
    private static final String[] APPS = {"etl", "api", "worker", "sync", "backup", "deployer", "exporter", "scheduler", "crawler",
        "ingest", "reporting", "webhook", "migrator", "indexer", "notifier", "archiver"};
    private static final String[] ENVS = {"prod", "prod", "staging", "dev", null};
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final long TEN_YEARS = 10L * 365 * 86_400;

    /** One source's share of the inventory. */
    record Part(String source, String importer, String kind, double share) {
    }

    static final List<Part> PARTS = List.of(
            new Part("aws:123456789012", "aws-credential-report", "iam-user", 0.20),   // plus one or two access keys each: ~40% of rows
            new Part("aws:123456789012", "aws-authorization-details", "iam-role", 0.10),
            new Part("gcp:shop-prod", "gcp-service-accounts", "service-account", 0.20),
            new Part("k8s:prod-eu-1", "kubernetes", "k8s-service-account", 0.15),
            new Part("github:acme", "github-pats", "fine-grained-pat", 0.05));

    private final SplittableRandom random = new SplittableRandom(42);
    private int fileNo;

    /** Writes about {@code identities} current identities, plus an older snapshot of the GCP source. */
    void fill(Store store, int identities) {
        Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
        for (Part part : PARTS) {
            int n = (int) (identities * part.share());
            if (part.kind().equals("service-account")) {
                write(store, ledger, part, n - n / 50, NOW.minusSeconds(7 * 86_400));  // last week's export: 2% fewer
            }
            write(store, ledger, part, n, NOW);
        }
    }

    private SnapshotInfo write(Store store, Ledger ledger, Part part, int n, Instant generatedAt) {
        long t0 = System.nanoTime();
        int file = ++fileNo;
        // The size an export of this many records would have, so the writer takes its bulk path as a real import does.
        SnapshotStart start = new SnapshotStart(part.importer() + "-" + file + ".json", String.format("%064x", file), n * 240L,
                part.importer(), "bench", Instant.now(), "bench");
        SnapshotInfo info = store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, start)) {
                w.source(part.source());
                w.generatedAt(generatedAt);
                for (int i = 0; i < n; i++) {
                    w.add(identity(part, i));
                }
                w.recordsRead(n);
                return w.finish(ledger, "bench");
            }
        });
        System.out.printf("  snapshot %d: %s %s, %,d identities in %.1f s%n", info.id(), part.source(), part.importer(),
                info.counts().identities(), (System.nanoTime() - t0) / 1e9);
        return info;
    }

    private IdentityRecord identity(Part part, int i) {
        String team = TEAMS[random.nextInt(TEAMS.length)];
        String app = APPS[random.nextInt(APPS.length)];
        String env = ENVS[random.nextInt(ENVS.length)];
        String name = team + "-" + app + (env == null ? "" : "-" + env) + "-" + Integer.toString(i, 36);
        String owner = random.nextInt(5) == 0 ? null : team;
        Instant created = NOW.minusSeconds(random.nextLong(TEN_YEARS));
        Instant used = random.nextInt(4) == 0 ? null : created.plusSeconds(random.nextLong(Math.max(1, NOW.getEpochSecond()
                - created.getEpochSecond())));
        Boolean enabled = random.nextInt(10) == 0 ? Boolean.FALSE : random.nextInt(8) == 0 ? null : Boolean.TRUE;
        String id = switch (part.kind()) {
            case "iam-user" -> "arn:aws:iam::123456789012:user/" + name;
            case "iam-role" -> "arn:aws:iam::123456789012:role/" + name;
            case "service-account" -> Long.toString(100_000_000_000_000_000L + i);
            case "k8s-service-account" -> "uid-" + Integer.toHexString(i) + "-" + team;
            default -> "token-" + i;
        };
        IdentityRecord.Builder b = IdentityRecord.builder(id, part.kind()).name(name).environment(env).ownerHint(owner).enabled(enabled)
                .createdAt(created).lastUsedAt(used).tags(owner == null ? null : Map.of("team", owner))
                .grants(List.of(new GrantRecord("roles/" + app + "." + (random.nextInt(20) == 0 ? "admin" : "viewer"), "*", "binding", null)))
                .at(i + 1, i + 2);
        if (part.kind().equals("iam-user")) {
            List<IdentityRecord> keys = new ArrayList<>(2);
            int count = 1 + random.nextInt(2);
            for (int k = 1; k <= count; k++) {
                Instant rotated = created.plusSeconds(random.nextLong(Math.max(1, NOW.getEpochSecond() - created.getEpochSecond())));
                Instant keyUsed = random.nextInt(3) == 0 ? null : rotated;
                keys.add(IdentityRecord.builder(id + "#key" + k, "access-key").name(name + " access key " + k).enabled(k == 1)
                        .environment(env).ownerHint(owner).createdAt(rotated).lastUsedAt(keyUsed)
                        .credentials(List.of(new CredentialRecord("key" + k, null, "aws-access-key", k == 1, rotated, rotated, keyUsed, null)))
                        .at(i + 1, i + 2).build());
            }
            b.children(keys);
        }
        return b.build();
    }
}
