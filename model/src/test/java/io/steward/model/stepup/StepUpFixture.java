package io.steward.model.stepup;

import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.person;

import io.steward.model.findings.Findings;
import io.steward.model.findings.GovernanceFixture;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.stepup.policy.Policy;
import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A real ledger with a people directory (ana, ben, dan in team platform; carla in data), three identities of source
 * aws:1 and their owners: deploy-bot (ai-agent) owned by ana with backup ben, etl-runner owned by team platform,
 * lab-svc owned by carla.
 */
final class StepUpFixture {
    static final Instant NOW = Instant.parse("2025-07-01T10:00:00Z");
    static final String BOT = "aws:1|deploy-bot";
    static final String ETL = "aws:1|etl-runner";
    static final String LAB = "aws:1|lab-svc";

    final Store store;
    final Ledger ledger;
    final MutableClock clock = new MutableClock(NOW);
    final StepUpService service;
    final StepUpQuery query;

    StepUpFixture(Path dir) {
        store = Store.open(dir.resolve("ledger.steward"));
        ledger = new Ledger(store, clock);
        GovernanceFixture.people(store, List.of(
                person("p1", "ana@example.com", "Ana", "platform", false, "ana"),
                person("p2", "ben@example.com", "Ben", "platform", false, "ben"),
                person("p3", "carla@example.com", "Carla", "data", false, "carla"),
                person("p4", "dan@example.com", "Dan", "platform", false, "dan")));
        snapshot(GovernanceFixture.GENERATED, true);
        Owners owners = new Owners(ledger);
        owners.assign("admin", BOT, new Assignment(OwnerRef.person("ana@example.com"), OwnerRef.person("ben@example.com"), "runs deploys", "manual"));
        owners.assign("admin", ETL, new Assignment(OwnerRef.team("platform"), null, "platform job", "manual"));
        owners.assign("admin", LAB, new Assignment(OwnerRef.person("carla@example.com"), null, "lab", "manual"));
        service = new StepUpService(ledger, Policy.defaultPolicy(), new DirectoryAccountability(),
                new LedgerFindings(new Findings(ledger)), clock);
        query = new StepUpQuery(store, new DirectoryAccountability(), new LedgerFindings(new Findings(ledger)));
    }

    /** A snapshot of aws:1 generated at {@code at}; etl-runner holds s3:PutObject on the data bucket when {@code etlWrite}. */
    SnapshotInfo snapshot(Instant at, boolean etlWrite) {
        return GovernanceFixture.snapshot(store, "aws:1", at, w -> {
            w.add(identity("deploy-bot", "ai-agent").environment("production").build());
            IdentityRecord.Builder etl = identity("etl-runner", "service-account").environment("production");
            if (etlWrite) {
                etl.grants(List.of(grant("s3:PutObject", "arn:aws:s3:::data")));
            }
            w.add(etl.build());
            w.add(identity("lab-svc", "service-account").environment("dev").build());
        });
    }

    /** One request as a JSON object line. */
    static String request(String id, String requester, String target, String privilege, String environment, String ttl) {
        return "{\"id\":\"" + id + "\",\"requestedAt\":\"" + NOW.minusSeconds(600) + "\",\"requester\":\"" + requester
                + "\",\"target\":\"" + target + "\",\"privilege\":\"" + privilege + "\",\"resource\":\"arn:aws:s3:::data\","
                + "\"environment\":\"" + environment + "\",\"ttl\":\"" + ttl + "\",\"justification\":\"ticket OPS-1\","
                + "\"task\":\"backfill\",\"tools\":[\"aws s3 cp\"]}";
    }

    Path file(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    void close() {
        store.close();
    }
}
