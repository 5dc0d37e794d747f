package io.steward.app.demo;

import io.steward.app.Workspace;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Findings;
import io.steward.model.inventory.query.KeyedGrant;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.stepup.DirectoryAccountability;
import io.steward.model.stepup.LedgerFindings;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's step-up inbox, owned by the person running the demo so they can work it: agents asking for production
 * write access, a request the demo user asked for themselves (approving it is refused), an over-long TTL, a request
 * that expired undecided, a two-approver request with one approval, and a grant that ended three days ago while the
 * latest snapshot still shows it (finding expired-grant-present).
 */
public final class DemoStepUp {
    /** Ids of the demo requests, for tests and the tour. */
    public static final String AGENT_WRITE = "SU-1001";
    public static final String HALF_APPROVED = "SU-1002";
    public static final String SELF_REQUEST = "SU-1003";
    public static final String OVER_LONG = "SU-1004";
    public static final String EXPIRED = "SU-1005";
    public static final String STILL_PRESENT = "SU-1006";
    public static final String AGENT_SECRETS = "SU-1007";

    private DemoStepUp() {
    }

    public static void add(Workspace workspace) {
        Ledger ledger = workspace.ledger();
        String me = workspace.actor();
        List<KeyedGrant> targets = workspace.inventory().grantsInKeyOrder(400);
        List<String> keys = new ArrayList<>();
        for (KeyedGrant t : targets) {
            if (!keys.contains(t.identityKey()) && keys.size() < 6) {
                keys.add(t.identityKey());
            }
        }
        if (keys.size() < 6) {
            return; // an inventory without grants has nothing to elevate
        }
        Owners owners = workspace.accountability().owners();
        String backup = owners.activePeople(2).stream().filter(p -> !p.equals(me.toLowerCase())).findFirst().orElse("oncall@acme.example");
        for (String key : keys) {
            owners.assign(me, key, new Assignment(OwnerRef.person(me), OwnerRef.person(backup),
                    "demo: you own the identities the agents ask to elevate", "manual"));
        }
        Instant now = workspace.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        KeyedGrant stillPresent = targets.stream().filter(t -> t.identityKey().equals(keys.get(5))).findFirst().orElseThrow();
        Path dir;
        try {
            dir = Files.createTempDirectory("steward-demo-stepup-");
            Path file = dir.resolve("stepup-requests.jsonl");
            Files.writeString(file, String.join("\n",
                    line(AGENT_WRITE, now.minus(20, ChronoUnit.MINUTES), "agent:release-copilot", keys.get(0), "s3:PutObject",
                            "arn:aws:s3:::acme-prod-releases", "production", "PT2H", "Publish release 4.2 artifacts", "REL-4.2",
                            "[\"aws s3 cp\",\"aws s3 sync\"]"),
                    line(HALF_APPROVED, now.minus(50, ChronoUnit.MINUTES), "agent:db-migrator", keys.get(1), "dynamodb:UpdateTable",
                            "arn:aws:dynamodb:us-east-1:123456789012:table/orders", "production", "PT30M", "Schema migration 118 for orders",
                            "CHG-118", "[\"aws dynamodb update-table\"]"),
                    line(SELF_REQUEST, now.minus(5, ChronoUnit.MINUTES), me, keys.get(2), "iam:AttachRolePolicy", "*", "staging", "PT1H",
                            "Debug the staging deploy role myself", "INC-77", "[]"),
                    line(OVER_LONG, now.minus(2, ChronoUnit.HOURS), "workload:nightly-backfill", keys.get(3), "s3:PutObject",
                            "arn:aws:s3:::acme-analytics", "staging", "P7D", "Backfill a week of analytics data", "DATA-9", "[]"),
                    line(EXPIRED, now.minus(2, ChronoUnit.DAYS), "agent:support-bot", keys.get(4), "secretsmanager:GetSecretValue",
                            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:zendesk", "production", "PT15M",
                            "Rotate the Zendesk API token", "SUP-311", "[\"aws secretsmanager get-secret-value\"]"),
                    line(AGENT_SECRETS, now.minus(8, ChronoUnit.MINUTES), "agent:release-copilot", keys.get(4), "kms:Decrypt",
                            "arn:aws:kms:us-east-1:123456789012:key/release", "production", "PT10M", "Decrypt the signing key for release 4.2",
                            "REL-4.2", "[\"aws kms decrypt\"]")) + "\n");
            StepUpService service = workspace.stepUp(Policy.defaultPolicy());
            service.importFile(file, me);
            service.approve(HALF_APPROVED, backup, null, "Migration plan reviewed in CHG-118");

            // A grant given three days ago, ended, and still in the latest snapshot: the platform did not revoke it.
            Clock past = Clock.fixed(now.minus(3, ChronoUnit.DAYS), ZoneOffset.UTC);
            Path old = dir.resolve("stepup-past.jsonl");
            Files.writeString(old, line(STILL_PRESENT, past.instant().minus(10, ChronoUnit.MINUTES), "agent:infra-autopilot",
                    keys.get(5), stillPresent.privilege(), stillPresent.resource(), "staging", "PT1H", "Rotate the staging load balancer certificate",
                    "OPS-52", "[]") + "\n");
            StepUpService then = new StepUpService(ledger, Policy.defaultPolicy(), new DirectoryAccountability(),
                    new LedgerFindings(new Findings(ledger)), past);
            then.importFile(old, me);
            then.approve(STILL_PRESENT, me, Duration.ofHours(1), "Certificate rotation window");
            Files.delete(old);
            Files.delete(file);
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo step-up requests: " + e.getMessage(), e);
        }
        workspace.findings().refresh(FindingProgress.NONE);
    }

    private static String line(String id, Instant at, String requester, String target, String privilege, String resource,
                               String environment, String ttl, String justification, String task, String toolsJson) {
        return "{\"id\":\"" + id + "\",\"requestedAt\":\"" + at + "\",\"requester\":\"" + json(requester) + "\",\"target\":\"" + json(target)
                + "\",\"privilege\":\"" + json(privilege) + "\"" + (resource == null ? "" : ",\"resource\":\"" + json(resource) + "\"")
                + ",\"environment\":\"" + environment + "\",\"ttl\":\"" + ttl + "\",\"justification\":\"" + json(justification)
                + "\",\"task\":\"" + task + "\",\"tools\":" + toolsJson + "}";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
