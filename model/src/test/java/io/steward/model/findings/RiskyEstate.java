package io.steward.model.findings;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.daysBefore;
import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.key;
import static io.steward.model.findings.GovernanceFixture.snapshot;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.store.Store;
import java.util.List;

/**
 * A small estate on which several rules fire, for the counts, the Findings page and its tests: an AWS account with an
 * administrator CI user whose key is stale, a backup user whose key lies unused, a reporting user, and a GCP AI agent
 * that owns its project. Findings are computed as an import would.
 */
public final class RiskyEstate {
    public static final String AWS = "aws:111122223333";
    public static final String GCP = "gcp:analytics-prod";
    public static final String CI = arn("ci-deploy");
    public static final String BACKUP = arn("backup");
    public static final String REPORTS = arn("reports");
    public static final String AGENT_ID = "projects/analytics-prod/serviceAccounts/triage-agent@analytics-prod.iam.gserviceaccount.com";
    /** The agent's identity key: outside AWS, a key names its source. */
    public static final String AGENT = GCP + "|" + AGENT_ID;

    private RiskyEstate() {
    }

    public static String arn(String user) {
        return "arn:aws:iam::111122223333:user/" + user;
    }

    /** Writes both snapshots; findings are then computed with {@code findings.refresh}. */
    public static void write(Store store) {
        snapshot(store, AWS, GENERATED, w -> {
            w.add(user("ci-deploy", key("key1", true, daysBefore(200), daysBefore(1)), grant("arn:aws:iam::aws:policy/AdministratorAccess", null)));
            w.add(user("backup", key("key1", true, daysBefore(30), daysBefore(60)), grant("s3:PutObject", "arn:aws:s3:::backups/*")));
            w.add(user("reports", key("key1", true, daysBefore(10), daysBefore(2)), grant("s3:GetObject", "arn:aws:s3:::reports/*")));
        });
        snapshot(store, GCP, GENERATED, w -> w.add(identity(AGENT_ID, "ai-agent").name("triage-agent")
                .grants(List.of(grant("roles/owner", "projects/analytics-prod"))).build()));
    }

    private static IdentityRecord user(String name, CredentialRecord k, io.steward.model.inventory.GrantRecord g) {
        return identity(arn(name), "iam-user").name(name).grants(List.of(g)).children(List.of(identity(arn(name) + "#key1", "access-key")
                .enabled(k.active()).credentials(List.of(k)).build())).build();
    }
}
