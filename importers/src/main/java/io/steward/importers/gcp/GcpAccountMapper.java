package io.steward.importers.gcp;

import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.IdentityRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service-account object (gcloud / REST / CAI {@code resource.data}, docs/FORMATS-SUPPORTED.md) as an identity:
 * id = {@code uniqueId} (an e-mail can be re-used after deletion), enabled = not {@code disabled}
 * (omitted when false), the e-mail's shape gives the sub-kind, the description is the owner hint.
 */
final class GcpAccountMapper {
    static final String KIND = "service-account";

    private GcpAccountMapper() {
    }

    /** @param base where the account fields sit in the record ("" or "resource.data.") */
    static IdentityRecord.Builder map(JsonRecord r, String base) {
        String email = r.text(base + "email");
        String uniqueId = r.text(base + "uniqueId");
        String[] fromName = GcpNames.accountName(r.text(base + "name"));
        if (email == null && fromName != null && fromName[1].contains("@")) {
            email = fromName[1];
        }
        String nativeId = uniqueId != null ? uniqueId : email;
        if (nativeId == null) {
            throw r.bad(base + "uniqueId", "is missing, and so is the e-mail; a service account needs one of them as its id");
        }
        String displayName = r.text(base + "displayName");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("email", email);
        attributes.put("projectId", project(r, base, email, fromName));
        attributes.put("subKind", GcpNames.subKind(email));
        String oauth2 = r.text(base + "oauth2ClientId");
        if (oauth2 != null && !oauth2.equals(uniqueId)) {
            attributes.put("oauth2ClientId", oauth2);
        }
        if (uniqueId == null) {
            attributes.put("idFallback", "email");
        }
        return r.identity(nativeId, KIND)
                .aliases(email) // Kubernetes annotations and key names refer to the account by e-mail
                .name(displayName != null ? displayName : email)
                .ownerHint(r.text(base + "description"))
                .enabled(!r.bool(base + "disabled", Boolean.FALSE))
                .attributes(attributes);
    }

    static String project(JsonRecord r, String base, String email, String[] fromName) {
        String project = r.text(base + "projectId");
        if (project == null && fromName != null && !"-".equals(fromName[0])) {
            project = fromName[0];
        }
        return project != null ? project : GcpNames.projectOfEmail(email);
    }
}
