package io.steward.importers.entra;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.Envelopes;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entra ID service principals and applications (docs/FORMATS-SUPPORTED.md): {@code az ad sp list --all} /
 * {@code az ad app list --all} (bare arrays), Graph pages ({@code {"value":[…], "@odata.nextLink"}}, one or
 * several concatenated), legacy AAD-Graph objects, and {@code az ad sp create-for-rbac} output.
 * Application credentials are joined to the service principal with the same {@code appId} when both are
 * in the file (e.g. {@code jq -s add sps.json apps.json}); an application without one is its own identity.
 * Secret text (secretText, legacy value, create-for-rbac password) is refused by the guard.
 */
public final class EntraImporter extends AbstractImporter {
    private static final Set<String> SP_FIELDS = Set.of("servicePrincipalType", "servicePrincipalNames", "appOwnerOrganizationId",
            "appOwnerTenantId", "objectType");
    private static final Set<String> APP_FIELDS = Set.of("publisherDomain", "requiredResourceAccess", "signInAudience");

    private record Sp(IdentityRecord.Builder builder, String appId, List<CredentialRecord> credentials, String ownerTenant) {
    }

    private record App(IdentityRecord.Builder builder, String appId, String objectId, List<CredentialRecord> credentials,
                       java.time.Instant createdAt, String publisherDomain) {
    }

    public EntraImporter() {
        super("entra", "1",
                "Entra ID / Azure AD: az ad sp list, az ad app list, Graph /servicePrincipals and /applications pages, "
                + "az ad sp create-for-rbac output");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        Set<String> fields = Envelopes.recordFields(json, "value");
        if (json.root() == JsonShape.Root.OBJECT && !json.hasRootField("value")) {
            fields = json.rootFields();
            if (fields.contains("appId") && fields.contains("tenant") && fields.contains("password")) {
                return Detection.likely(95, "az ad sp create-for-rbac output (appId, password, tenant)");
            }
        }
        if (fields.contains("appId") && Envelopes.count(fields, SP_FIELDS) > 0) {
            return Detection.likely(95, "records have appId and service-principal fields: Entra service principals");
        }
        if (fields.contains("appId") && Envelopes.count(fields, APP_FIELDS) > 0) {
            return Detection.likely(90, "records have appId and publisherDomain/signInAudience: Entra applications");
        }
        return Detection.no("no appId records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        List<Sp> sps = new ArrayList<>();
        Map<String, App> apps = new LinkedHashMap<>();
        List<IdentityRecord.Builder> rbac = new ArrayList<>();
        String[] lastNextLink = {null};
        String[] rbacTenant = {null};
        ScreenedJson.read(file, false, List.of("value"), true, sink, progress, cancel, (envelope, had) -> {
            if (had) {
                lastNextLink[0] = envelope.path("@odata.nextLink").asText(null);
            }
        }, r -> {
            if (EntraObjects.isCreateForRbac(r)) {
                rbac.add(EntraObjects.createForRbac(r));
                rbacTenant[0] = r.text("tenant");
            } else if (EntraObjects.isServicePrincipal(r)) {
                sps.add(new Sp(EntraObjects.servicePrincipal(r), r.text("appId"), EntraCredentials.of(r), EntraObjects.ownerTenant(r)));
            } else if (r.text("appId") != null) {
                apps.put(r.text("appId"), new App(EntraObjects.application(r), r.text("appId"), EntraObjects.objectId(r),
                        EntraCredentials.of(r), r.time("createdDateTime"), r.text("publisherDomain")));
            } else {
                throw r.bad("appId", "is missing; the record is neither a service principal nor an application");
            }
        });
        if (lastNextLink[0] != null) {
            sink.warning(0, 0, "@odata.nextLink", "incomplete-page", "the last page in the file has @odata.nextLink: later pages are "
                    + "missing from this snapshot. Follow every nextLink (or use az ad sp list --all) and import the complete list");
        }
        String tenant = rbacTenant[0] != null ? rbacTenant[0] : homeTenant(sps);
        String source = tenant == null ? "entra" : "entra:" + tenant;
        sink.source(source);
        // an SP list and an app list of one tenant are two parts of it: importing one must not make the other stop being current
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!apps.isEmpty()) {
            parts.add("applications");
        }
        if (!rbac.isEmpty()) {
            parts.add("create-for-rbac");
        }
        if (!sps.isEmpty()) {
            parts.add("service-principals");
        }
        sink.seriesPart(String.join(",", parts));
        for (IdentityRecord.Builder b : rbac) {
            sink.identity(b.build());
        }
        for (Sp sp : sps) {
            sink.identity(join(sp, apps.remove(sp.appId()), source, tenant));
        }
        for (App app : apps.values()) {
            sink.identity(app.builder().credentials(app.credentials()).build());
        }
    }

    /** The service principal with its application's credentials and registration facts, when the file has both. */
    private static IdentityRecord join(Sp sp, App app, String source, String tenant) {
        IdentityRecord.Builder b = sp.builder();
        IdentityRecord plain = b.build();
        List<CredentialRecord> credentials = new ArrayList<>(sp.credentials());
        Map<String, Object> attributes = new LinkedHashMap<>(plain.attributes());
        if (app != null) {
            credentials.addAll(app.credentials());
            attributes.put("applicationObjectId", app.objectId());
            attributes.put("publisherDomain", app.publisherDomain());
            if (plain.createdAt() == null) {
                b.createdAt(app.createdAt());
            }
        } else if (sp.appId() != null && "Application".equals(attributes.get("servicePrincipalType"))
                && tenant != null && tenant.equals(sp.ownerTenant())) {
            // The registration lives in this tenant but not in this file: link to it so a later import can join.
            b.links(List.of(new LinkRecord("instance-of-application", source, sp.appId())));
        }
        if (tenant != null && sp.ownerTenant() != null && !tenant.equals(sp.ownerTenant())) {
            attributes.put("thirdParty", Boolean.TRUE);
        }
        return b.attributes(attributes).credentials(credentials).build();
    }

    /** The tenant most of the file's own (non-Microsoft) applications belong to. */
    private static String homeTenant(List<Sp> sps) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sp sp : sps) {
            if (sp.ownerTenant() != null && !EntraObjects.MICROSOFT_TENANT.equals(sp.ownerTenant())) {
                counts.merge(sp.ownerTenant(), 1, Integer::sum);
            }
        }
        return new TreeMap<>(counts).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
