package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * The demo's GCP project as an owner exports it (docs/FORMATS-SUPPORTED.md): {@code gcloud iam service-accounts list
 * --format=json} (a bare array: the Compute and App Engine default accounts, team accounts with the owner's
 * e-mail or a sentence or nothing as description, some disabled, some without a display name), the keys of
 * every account ({@code keys list}, joined with {@code jq -s add}: Google-managed SYSTEM_MANAGED keys,
 * USER_MANAGED keys that never expire, expire soon or have expired, one disabled as exposed;
 * {@code disabled} omitted when false as gcloud does), and {@code get-iam-policy --format=json} (version 3,
 * a condition, a {@code deleted:} member, {@code principal://} and {@code principalSet://} federation members,
 * GKE Workload Identity bindings, {@code allAuthenticatedUsers}).
 */
final class GcpExport implements DemoExport {
    static final String PROJECT = "acme-data-prod";
    static final String PROJECT_NUMBER = "804512377206";
    static final int ACCOUNTS = 150;
    private static final String NEVER = "9999-12-31T23:59:59Z";
    private static final String[] PURPOSES = {"Runs the %s %s jobs.", "Service identity of %s-%s on GKE.", "Publishes %s events from %s."};

    /** The e-mail of team account {@code i}; Kubernetes service accounts act as some of them (GKE Workload Identity). */
    static String email(int i) {
        return accountId(i) + "@" + PROJECT + ".iam.gserviceaccount.com";
    }

    private static String accountId(int i) {
        return team(i) + "-" + app(i) + "-" + i;
    }

    private static String team(int i) {
        return DemoOrg.TEAMS[i % DemoOrg.TEAMS.length];
    }

    private static String app(int i) {
        return DemoOrg.APPS[(i * 5 + i / DemoOrg.TEAMS.length) % DemoOrg.APPS.length];
    }

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        SplittableRandom r = new SplittableRandom(DemoLedger.SEED + 2);
        ArrayNode accounts = JSON.arrayNode();
        ArrayNode keys = JSON.arrayNode();
        String compute = PROJECT_NUMBER + "-compute@developer.gserviceaccount.com";
        accounts.add(account(compute, "Compute Engine default service account", null, r));
        accounts.add(account(PROJECT + "@appspot.gserviceaccount.com", "App Engine default service account", null, r));
        keys.add(key(compute, r, "SYSTEM_MANAGED", org.daysAgo(r.nextInt(14) + r.nextDouble()), 731));
        for (int i = 0; i < ACCOUNTS; i++) {
            ObjectNode a = account(email(i), i % 10 == 3 ? null : accountId(i), description(org, i), r);
            if (i % 23 == 4) {
                a.put("disabled", true);
            }
            accounts.add(a);
            keys.add(key(email(i), r, "SYSTEM_MANAGED", org.daysAgo(r.nextInt(14) + r.nextDouble()), 731));
            if (i % 5 < 2) {
                userManagedKey(org, keys, email(i), i, r);
            }
        }
        return List.of(DemoFiles.writeJson(dir, "gcp-service-accounts-" + PROJECT + ".json", accounts),
                DemoFiles.writeJson(dir, "gcp-service-account-keys-" + PROJECT + ".json", keys),
                DemoFiles.writeJson(dir, "gcp-iam-policy-" + PROJECT + ".json", policy(org)));
    }

    /** The owner's e-mail (as most teams write it), a sentence naming the team, or nothing. */
    private static String description(DemoOrg org, int i) {
        DemoOrg.Person owner = org.owner("gcp", i);
        if (owner == null) {
            return null;
        }
        return i % 4 == 1 ? String.format(PURPOSES[i % PURPOSES.length], team(i), app(i)) + " Owner: " + team(i) : owner.email();
    }

    private static ObjectNode account(String email, String displayName, String description, SplittableRandom r) {
        ObjectNode a = JSON.objectNode();
        if (description != null) {
            a.put("description", description);
        }
        if (displayName != null) {
            a.put("displayName", displayName);
        }
        String uniqueId = DemoFiles.digits(r, 21);
        a.put("email", email).put("etag", "MDEwMjE5MjA=").put("name", "projects/" + PROJECT + "/serviceAccounts/" + email)
                .put("oauth2ClientId", uniqueId).put("projectId", PROJECT).put("uniqueId", uniqueId);
        return a;
    }

    private static void userManagedKey(DemoOrg org, ArrayNode keys, String email, int i, SplittableRandom r) {
        Instant created = org.daysAgo(30 + r.nextInt(1500) + r.nextDouble());
        ObjectNode key = key(email, r, "USER_MANAGED", created, i % 7 == 0 ? 365 : 0);
        if (i % 19 == 6) {
            key.put("keyOrigin", "USER_PROVIDED");
        }
        if (i % 31 == 5) {
            key.put("disableReason", "SERVICE_ACCOUNT_KEY_DISABLE_REASON_EXPOSED").put("disabled", true);
            key.putArray("extendedStatus").addObject().put("key", "SERVICE_ACCOUNT_KEY_EXTENDED_STATUS_KEY_EXPOSED")
                    .put("value", "https://github.com/" + DemoOrg.GITHUB_ORG + "/" + team(i) + "-tools/blob/main/" + app(i) + "-key.json");
        } else if (i % 17 == 2) {
            key.put("disableReason", "SERVICE_ACCOUNT_KEY_DISABLE_REASON_USER_INITIATED").put("disabled", true);
        }
        keys.add(key);
    }

    /** A key valid from {@code after} for {@code days} (0 = never expires, as user-managed keys usually do). */
    private static ObjectNode key(String email, SplittableRandom r, String type, Instant after, int days) {
        ObjectNode k = JSON.objectNode();
        k.put("keyAlgorithm", "KEY_ALG_RSA_2048").put("keyOrigin", "GOOGLE_PROVIDED").put("keyType", type)
                .put("name", "projects/" + PROJECT + "/serviceAccounts/" + email + "/keys/" + DemoFiles.hex(r, 40))
                .put("validAfterTime", after.toString())
                .put("validBeforeTime", days == 0 ? NEVER : after.plus(Duration.ofDays(days)).toString());
        return k;
    }

    private static ObjectNode policy(DemoOrg org) {
        ObjectNode root = JSON.objectNode();
        root.putArray("auditConfigs").addObject().put("service", "allServices").putArray("auditLogConfigs").addObject()
                .put("logType", "DATA_READ");
        ArrayNode bindings = root.putArray("bindings");
        DemoOrg.Person admin = org.people().get(3);
        binding(bindings, "roles/owner", "serviceAccount:" + email(5), "user:" + admin.email());
        binding(bindings, "roles/editor", "serviceAccount:" + PROJECT_NUMBER + "-compute@developer.gserviceaccount.com");
        ObjectNode conditional = binding(bindings, "roles/storage.objectAdmin", "serviceAccount:" + email(1), "serviceAccount:" + email(17),
                "group:data-platform@" + DemoOrg.DOMAIN);
        conditional.putObject("condition").put("title", "landing-bucket-only").put("description", "objects in the landing bucket")
                .put("expression", "resource.name.startsWith(\"projects/_/buckets/" + PROJECT + "-landing\")");
        binding(bindings, "roles/bigquery.dataViewer", "deleted:serviceAccount:old-reporting@" + PROJECT
                + ".iam.gserviceaccount.com?uid=112233445566778899001", "domain:" + DemoOrg.DOMAIN);
        binding(bindings, "roles/artifactregistry.reader", "principalSet://iam.googleapis.com/projects/" + PROJECT_NUMBER
                + "/locations/global/workloadIdentityPools/github-pool/attribute.repository/" + DemoOrg.GITHUB_ORG + "/data-pipelines",
                "principal://iam.googleapis.com/projects/" + PROJECT_NUMBER + "/locations/global/workloadIdentityPools/aws-pool/subject/"
                        + AuthorizationDetailsExport.roleArn(org, 2), "allAuthenticatedUsers");
        binding(bindings, "roles/pubsub.serviceAgent", "serviceAccount:service-" + PROJECT_NUMBER + "@gcp-sa-pubsub.iam.gserviceaccount.com");
        for (int t = 0; t < DemoOrg.TEAMS.length; t++) {
            ObjectNode teamBinding = binding(bindings, t % 2 == 0 ? "roles/bigquery.jobUser" : "roles/pubsub.publisher");
            for (int i = t; i < ACCOUNTS; i += DemoOrg.TEAMS.length * 2) {
                teamBinding.withArray("members").add("serviceAccount:" + email(i));
            }
            if (t % 2 == 1) {
                teamBinding.putObject("condition").put("title", DemoOrg.TEAMS[t] + "-topics")
                        .put("expression", "resource.name.startsWith(\"projects/" + PROJECT + "/topics/" + DemoOrg.TEAMS[t] + "-\")");
            }
        }
        ObjectNode gke = binding(bindings, "roles/iam.workloadIdentityUser");
        for (int i : KubernetesExport.GKE_ACCOUNTS) {
            gke.withArray("members").add("serviceAccount:" + PROJECT + ".svc.id.goog[" + team(i) + "/" + app(i) + "]");
        }
        root.put("etag", "BwYEnW7XdC0=").put("version", 3);
        return root;
    }

    private static ObjectNode binding(ArrayNode bindings, String role, String... members) {
        ObjectNode b = bindings.addObject();
        ArrayNode m = b.putArray("members");
        for (String member : members) {
            m.add(member);
        }
        b.put("role", role);
        return b;
    }

    /** The Kubernetes namespace and service-account name that act as team account {@code i}. */
    static String[] workload(int i) {
        return new String[] {team(i), app(i)};
    }
}
