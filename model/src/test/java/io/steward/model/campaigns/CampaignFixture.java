package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.campaigns.ReviewFacts.GrantFact;
import io.steward.model.campaigns.ReviewFacts.Ownership;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A real ledger in a temp folder with an inventory, and governance facts the test sets (owners, findings, grants). */
final class CampaignFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final String SOURCE = "aws:111122223333";

    final Store store;
    final Ledger ledger;
    final ActorKeys keys;
    final Checkpoints checkpoints;
    final Map<String, Ownership> owners = new HashMap<>();
    final Map<String, List<FindingFact>> findings = new HashMap<>();
    final Map<String, List<GrantFact>> grants = new HashMap<>();
    final CampaignService service;

    CampaignFixture(Path dir) {
        store = Store.open(dir.resolve("ledger.steward"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ledger = new Ledger(store, clock);
        keys = new ActorKeys(dir.resolve("keys"));
        checkpoints = new Checkpoints(ledger, keys, clock);
        ReviewFacts facts = new ReviewFacts(ctx -> Map.copyOf(owners), ctx -> Map.copyOf(findings), ctx -> Map.copyOf(grants));
        service = new CampaignService(ledger, facts, checkpoints, clock);
    }

    static String key(String nativeId) {
        return SOURCE + "|" + nativeId;
    }

    void importSnapshot(Consumer<List<IdentityRecord>> body) {
        List<IdentityRecord> records = new ArrayList<>();
        body.accept(records);
        store.write(tx -> {
            try (SnapshotWriter w = new SnapshotWriter(tx, new SnapshotStart("inventory.csv", "0".repeat(64), 100, "test-importer",
                    "1", NOW, "tester"))) {
                w.source(SOURCE);
                records.forEach(w::add);
                return w.finish(ledger, "tester");
            }
        });
    }

    static IdentityRecord identity(String id, String kind, String lastUsed, String... privileges) {
        return IdentityRecord.builder(id, kind).name(id).environment("prod")
                .createdAt(Instant.parse("2025-01-01T00:00:00Z"))
                .lastUsedAt(lastUsed == null ? null : Instant.parse(lastUsed))
                .credentials(List.of(new CredentialRecord(id + "-key1", "AKIA****" + id, "aws-access-key", true,
                        Instant.parse("2025-01-01T00:00:00Z"), null, lastUsed == null ? null : Instant.parse(lastUsed), null)))
                .grants(java.util.Arrays.stream(privileges).map(p -> new GrantRecord(p, "*", "attached", null)).toList())
                .build();
    }

    void owner(String nativeId, String owner) {
        owners.put(key(nativeId), new Ownership(owner, null));
    }

    void finding(String nativeId, String rule, Severity severity) {
        findings.computeIfAbsent(key(nativeId), k -> new ArrayList<>()).add(new FindingFact(rule, severity, rule + " explained"));
    }

    @Override
    public void close() {
        store.close();
    }
}
