package io.steward.importers.entra;

import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.IdentityRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Maps servicePrincipal and application objects (Graph v1.0 and legacy AAD Graph shapes, docs/FORMATS-SUPPORTED.md). */
final class EntraObjects {
    static final String MICROSOFT_TENANT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    private static final Pattern ARM_ID = Pattern.compile("(?i)/subscriptions/[^/]+/.+");

    private EntraObjects() {
    }

    static boolean isServicePrincipal(JsonRecord r) {
        return r.node().has("servicePrincipalType") || r.node().has("servicePrincipalNames")
                || "ServicePrincipal".equals(r.text("objectType"));
    }

    static boolean isCreateForRbac(JsonRecord r) {
        return r.node().has("appId") && r.node().has("tenant") && !r.node().has("id") && !r.node().has("objectId");
    }

    static String objectId(JsonRecord r) {
        return r.text("id") != null ? r.text("id") : r.text("objectId");
    }

    static String ownerTenant(JsonRecord r) {
        return r.text("appOwnerOrganizationId") != null ? r.text("appOwnerOrganizationId") : r.text("appOwnerTenantId");
    }

    static IdentityRecord.Builder servicePrincipal(JsonRecord r) {
        String id = objectId(r);
        if (id == null) {
            throw r.bad("id", "is missing (and so is the legacy objectId); it is the service principal's stable id");
        }
        String type = r.text("servicePrincipalType");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("appId", r.text("appId"));
        attributes.put("servicePrincipalType", type);
        String owner = ownerTenant(r);
        attributes.put("appOwnerTenantId", owner);
        if (MICROSOFT_TENANT.equals(owner)) {
            attributes.put("microsoftFirstParty", Boolean.TRUE);
        }
        attributes.put("signInAudience", r.text("signInAudience"));
        List<String> tags = r.texts("tags");
        if (!tags.isEmpty()) {
            attributes.put("tags", tags);
        }
        String kind = "service-principal";
        if ("ManagedIdentity".equals(type)) {
            kind = "managed-identity";
            managedIdentity(r, attributes);
        }
        String name = r.text("displayName") != null ? r.text("displayName") : r.text("appDisplayName");
        return r.identity(id, kind)
                .aliases(r.text("appId")) // workload identities name the client (application) id
                .name(name)
                .ownerHint(ownerHint(r))
                .enabled(r.bool("accountEnabled", null))
                .createdAt(r.time("createdDateTime"))
                .attributes(attributes);
    }

    /** user- or system-assigned, judged by alternativeNames: an isExplicit flag and an ARM id, matched by shape. */
    private static void managedIdentity(JsonRecord r, Map<String, Object> attributes) {
        for (String alt : r.texts("alternativeNames")) {
            if (alt.equalsIgnoreCase("isExplicit=True")) {
                attributes.put("managedIdentityType", "user-assigned");
            } else if (alt.equalsIgnoreCase("isExplicit=False")) {
                attributes.put("managedIdentityType", "system-assigned");
            } else if (ARM_ID.matcher(alt).matches()) {
                attributes.put("azureResourceId", alt);
            }
        }
    }

    private static String ownerHint(JsonRecord r) {
        for (String field : List.of("notes", "description")) {
            if (r.text(field) != null) {
                return r.text(field);
            }
        }
        List<String> emails = r.texts("notificationEmailAddresses");
        return emails.isEmpty() ? null : String.join(", ", emails);
    }

    /** An application registration with no service principal in the same file. */
    static IdentityRecord.Builder application(JsonRecord r) {
        String id = objectId(r);
        if (id == null) {
            throw r.bad("id", "is missing; it is the application's stable id");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("appId", r.text("appId"));
        attributes.put("publisherDomain", r.text("publisherDomain"));
        attributes.put("signInAudience", r.text("signInAudience"));
        return r.identity(id, "app-registration")
                .aliases(r.text("appId"))
                .name(r.text("displayName"))
                .ownerHint(ownerHint(r))
                .createdAt(r.time("createdDateTime"))
                .attributes(attributes);
    }

    /** {@code az ad sp create-for-rbac} output: appId, displayName, tenant; its password never gets here. */
    static IdentityRecord.Builder createForRbac(JsonRecord r) {
        String appId = r.require("appId", "the application id");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("appId", appId);
        attributes.put("idFallback", "appId");
        attributes.put("origin", "az ad sp create-for-rbac output");
        return r.identity(appId, "service-principal").name(r.text("displayName")).attributes(attributes);
    }
}
