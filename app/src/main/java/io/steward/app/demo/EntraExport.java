package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * The demo's Entra tenant as one Graph page pair joined with {@code jq} ({@code {"@odata.context", "value":[…]}},
 * docs/FORMATS-SUPPORTED.md): service principals of the company's app registrations (their credential arrays empty, as an
 * SP list shows them) followed by the applications that hold the secrets and certificates (metadata only:
 * {@code secretText} and {@code hint} null, as Graph returns them), joined on {@code appId}; a few registrations
 * with no service principal; user- and system-assigned managed identities ({@code alternativeNames} in either
 * order); Microsoft first-party and third-party multi-tenant service principals; expired, expiring and
 * "forever" (2299) credentials; seven-digit fractional seconds.
 */
final class EntraExport implements DemoExport {
    static final String TENANT = DemoFiles.guid(4242);
    static final int APPS = 110;
    static final int MANAGED_IDENTITIES = 12;
    private static final String MICROSOFT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    private static final String SUBSCRIPTION = DemoFiles.guid(4343);
    private static final String[] FIRST_PARTY = {"Microsoft Graph", "Office 365 Exchange Online", "Azure Key Vault", "Windows Azure Service Management API"};
    private static final String[] THIRD_PARTY = {"Datadog", "PagerDuty", "Snyk"};

    /** The client id of app registration {@code i}. */
    static String appId(int i) {
        return DemoFiles.guid(70_000L + i);
    }

    /** The client id of managed identity {@code i}: Kubernetes service accounts use some (Azure Workload Identity). */
    static String managedIdentityClientId(int i) {
        return DemoFiles.guid(80_000L + i);
    }

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        SplittableRandom r = new SplittableRandom(DemoLedger.SEED + 3);
        ObjectNode root = JSON.objectNode().put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals");
        ArrayNode value = root.putArray("value");
        for (int i = 0; i < APPS; i++) {
            if (i % 15 != 7) {
                value.add(servicePrincipal(org, i, r));
            }
        }
        for (int i = 0; i < MANAGED_IDENTITIES; i++) {
            value.add(managedIdentity(org, i));
        }
        for (int i = 0; i < FIRST_PARTY.length; i++) {
            value.add(foreign(org, FIRST_PARTY[i], MICROSOFT, 90_000L + i));
        }
        for (int i = 0; i < THIRD_PARTY.length; i++) {
            value.add(foreign(org, THIRD_PARTY[i], DemoFiles.guid(95_000L + i), 96_000L + i));
        }
        for (int i = 0; i < APPS; i++) {
            value.add(application(org, i, r));
        }
        return List.of(DemoFiles.writeJson(dir, "entra-service-principals-and-apps.json", root));
    }

    private static String name(int i) {
        return DemoOrg.TEAMS[i % DemoOrg.TEAMS.length] + "-" + DemoOrg.APPS[(i * 3 + 1) % DemoOrg.APPS.length] + (i < 32 ? "" : "-" + i);
    }

    /** Graph writes up to seven fractional digits. */
    private static String graphTime(Instant t, int i) {
        return i % 3 == 0 ? t.truncatedTo(ChronoUnit.SECONDS).toString() : t.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "."
                + String.format("%07d", Math.floorMod(i * 7_919_123L, 10_000_000L)) + "Z");
    }

    private static ObjectNode common(String id, String appId, String name, String type, String owner, Instant created) {
        ObjectNode sp = JSON.objectNode();
        sp.put("accountEnabled", true).putArray("alternativeNames");
        sp.put("appDisplayName", name).put("appId", appId).put("appOwnerOrganizationId", owner).putArray("appRoles");
        if (created != null) {
            sp.put("createdDateTime", created.toString());
        }
        sp.putNull("deletedDateTime");
        sp.putNull("description");
        sp.put("displayName", name).put("id", id);
        sp.putArray("keyCredentials");
        sp.putNull("notes");
        sp.putArray("notificationEmailAddresses");
        sp.putArray("oauth2PermissionScopes");
        sp.putArray("passwordCredentials");
        sp.putArray("replyUrls");
        sp.putArray("servicePrincipalNames").add(appId);
        sp.put("servicePrincipalType", type).put("signInAudience", "AzureADMyOrg");
        sp.putArray("tags");
        return sp;
    }

    private static ObjectNode servicePrincipal(DemoOrg org, int i, SplittableRandom r) {
        Instant created = org.daysAgo(40 + r.nextInt(1800) + r.nextDouble());
        ObjectNode sp = common(DemoFiles.guid(60_000L + i), appId(i), name(i), "Application", TENANT, i % 6 == 2 ? null : created);
        DemoOrg.Person owner = org.owner("entra", i);
        if (owner != null && i % 3 == 0) {
            sp.withArray("notificationEmailAddresses").add(owner.email());
            sp.withArray("tags").add("WindowsAzureActiveDirectoryIntegratedApp").add("WindowsAzureActiveDirectoryGalleryApplicationNonPrimaryV1");
        } else if (owner != null) {
            sp.put("notes", owner.email());
        }
        if (i % 29 == 11) {
            sp.put("accountEnabled", false);
        }
        if (i % 3 == 0) {
            credential(sp.withArray("keyCredentials"), org, i * 10 + 9, "CN=Microsoft Azure Federated SSO Certificate", true, r);
        }
        return sp;
    }

    /** The registration: where an app's secrets really live. */
    private static ObjectNode application(DemoOrg org, int i, SplittableRandom r) {
        ObjectNode app = JSON.objectNode();
        app.put("id", DemoFiles.guid(65_000L + i)).put("appId", appId(i)).put("displayName", name(i))
                .put("createdDateTime", graphTime(org.daysAgo(45 + r.nextInt(1800) + r.nextDouble()), i)).put("publisherDomain", DemoOrg.DOMAIN)
                .put("signInAudience", i % 13 == 4 ? "AzureADMultipleOrgs" : "AzureADMyOrg");
        if (i % 15 == 7) {
            DemoOrg.Person owner = org.owner("entra-app", i);
            app.put("notes", owner == null ? "ask #" + DemoOrg.TEAMS[i % DemoOrg.TEAMS.length] : owner.email());
        }
        ArrayNode keys = app.putArray("keyCredentials");
        app.putArray("requiredResourceAccess").addObject().put("resourceAppId", "00000003-0000-0000-c000-000000000000")
                .putArray("resourceAccess").addObject().put("id", "e1fe6dd8-ba31-4d61-89e7-88639da4683d").put("type", "Scope");
        ArrayNode passwords = app.putArray("passwordCredentials");
        int secrets = i % 4 == 3 ? 0 : 1 + (i % 5 == 0 ? 1 : 0);
        for (int s = 0; s < secrets; s++) {
            credential(passwords, org, i * 10 + s, s == 0 ? "ci-secret" : "rotated-" + (2022 + i % 4), false, r);
        }
        if (i % 4 == 3) {
            credential(keys, org, i * 10 + 5, "CN=" + name(i), true, r);
        }
        return app;
    }

    /**
     * A credential's metadata: started some time ago and ending in the past (expired), soon, in a year or two,
     * or in 2299 (never, as people set it through PowerShell).
     */
    private static void credential(ArrayNode into, DemoOrg org, int n, String label, boolean certificate, SplittableRandom r) {
        Instant start = org.daysAgo(30 + r.nextInt(900) + r.nextDouble());
        int shape = Math.floorMod(n * 7 + 3, 10);
        Instant end = shape < 3 ? org.daysAgo(1 + r.nextInt(200) + r.nextDouble()) : shape < 5 ? org.daysAgo(-1 - r.nextInt(30) + r.nextDouble())
                : shape == 9 ? Instant.parse("2299-12-31T00:00:00Z") : start.plus(365L * (1 + r.nextInt(2)), ChronoUnit.DAYS);
        ObjectNode c = into.addObject();
        c.put("customKeyIdentifier", certificate ? DemoFiles.hex(r, 40).toUpperCase(java.util.Locale.ROOT) : null);
        c.put("displayName", label).put("endDateTime", graphTime(end, n));
        if (certificate) {
            c.putNull("key");
        } else {
            c.putNull("hint");
        }
        c.put("keyId", DemoFiles.guid(500_000L + n));
        if (!certificate) {
            c.putNull("secretText");
        }
        c.put("startDateTime", graphTime(start, n + 1));
        if (certificate) {
            c.put("type", "AsymmetricX509Cert").put("usage", "Verify");
        }
    }

    private static ObjectNode managedIdentity(DemoOrg org, int i) {
        boolean user = i % 3 != 2;
        String name = user ? "id-" + DemoOrg.TEAMS[i % DemoOrg.TEAMS.length] + "-workload-" + i : "app-" + DemoOrg.APPS[i % DemoOrg.APPS.length] + "-" + i;
        ObjectNode sp = common(DemoFiles.guid(85_000L + i), managedIdentityClientId(i), name, "ManagedIdentity", null,
                org.daysAgo(60 + i * 37));
        String rg = "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/rg-" + DemoOrg.TEAMS[i % DemoOrg.TEAMS.length] + "-prod/providers/";
        String arm = rg + (user ? "Microsoft.ManagedIdentity/userAssignedIdentities/" : "Microsoft.Web/sites/") + name;
        ArrayNode alt = sp.putArray("alternativeNames");
        if (i % 4 == 1) {
            alt.add(arm).add("isExplicit=" + (user ? "True" : "False"));
        } else {
            alt.add("isExplicit=" + (user ? "True" : "False")).add(arm);
        }
        sp.withArray("servicePrincipalNames").add("https://identity.azure.net/" + DemoFiles.guid(86_000L + i));
        sp.put("signInAudience", (String) null);
        DemoOrg.Person owner = org.owner("entra-mi", i);
        if (owner != null) {
            sp.put("notes", owner.email());
        }
        return sp;
    }

    private static ObjectNode foreign(DemoOrg org, String name, String ownerTenant, long salt) {
        ObjectNode sp = common(DemoFiles.guid(salt), DemoFiles.guid(salt + 500), name, "Application", ownerTenant, MICROSOFT.equals(ownerTenant)
                ? null : org.daysAgo(700));
        sp.put("signInAudience", "AzureADMultipleOrgs");
        if (!MICROSOFT.equals(ownerTenant)) {
            sp.putObject("verifiedPublisher").put("displayName", name + " Inc.").put("verifiedPublisherId", "5" + (salt % 1000_000))
                    .put("addedDateTime", org.daysAgo(900).toString());
        }
        return sp;
    }
}
