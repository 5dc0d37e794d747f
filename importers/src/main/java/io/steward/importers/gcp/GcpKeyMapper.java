package io.steward.importers.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service-account key (FORMATS.md §2b) as an identity of kind {@code service-account-key} carrying one
 * credential and a {@code key-of} link to its account's e-mail. {@code validBeforeTime} 9999-12-31 means
 * never expires; {@code disabled} is omitted when false. Also reads a downloaded key FILE
 * ({@code "type": "service_account"}), whose {@code private_key} the guard has already removed.
 */
final class GcpKeyMapper {
    static final String KIND = "service-account-key";

    private GcpKeyMapper() {
    }

    static boolean isKeyFile(JsonNode n) {
        return "service_account".equals(n.path("type").asText(null)) && n.has("private_key_id");
    }

    /** @param base where the key fields sit in the record ("" or "resource.data.") */
    static IdentityRecord map(JsonRecord r, String base) {
        if (base.isEmpty() && isKeyFile(r.node())) {
            return mapKeyFile(r);
        }
        String name = r.require(base + "name", "the key's resource name (projects/P/serviceAccounts/EMAIL/keys/ID)");
        GcpNames.KeyName key = GcpNames.keyName(name);
        if (key == null) {
            throw r.bad(base + "name", "is not a key name of the form projects/P/serviceAccounts/EMAIL/keys/KEY_ID");
        }
        String keyType = r.text(base + "keyType");
        Boolean disabled = r.bool(base + "disabled", Boolean.FALSE);
        Instant validAfter = r.time(base + "validAfterTime");
        Instant validBefore = r.time(base + "validBeforeTime");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("serviceAccount", key.account());
        attributes.put("keyType", keyType);
        attributes.put("keyOrigin", r.text(base + "keyOrigin"));
        attributes.put("keyAlgorithm", r.text(base + "keyAlgorithm"));
        attributes.put("disableReason", r.text(base + "disableReason"));
        List<String> status = new ArrayList<>();
        for (JsonNode s : r.list(base + "extendedStatus")) {
            String k = s.path("key").asText("");
            String v = s.path("value").asText("");
            status.add(v.isEmpty() ? k : k + "=" + v);
        }
        if (!status.isEmpty()) {
            attributes.put("extendedStatus", status);
        }
        String project = "-".equals(key.project()) ? GcpNames.projectOfEmail(key.account()) : key.project();
        attributes.put("projectId", project);
        CredentialRecord credential = new CredentialRecord(key.keyId(), null,
                "SYSTEM_MANAGED".equals(keyType) ? "google-managed-key" : "user-managed-key",
                !disabled, validAfter, validAfter, null, validBefore);
        return r.identity(name, KIND)
                .name(key.account() + " key " + shortId(key.keyId()))
                .enabled(!disabled)
                .createdAt(validAfter)
                .attributes(attributes)
                .credentials(List.of(credential))
                .links(List.of(new LinkRecord("key-of", GcpNames.source(project), key.account())))
                .principal(key.account()) // a key is a credential of its account: one principal
                .build();
    }

    /** A downloaded JSON key file: its metadata only (the private key never gets this far). */
    private static IdentityRecord mapKeyFile(JsonRecord r) {
        String keyId = r.require("private_key_id", "the key id");
        String email = r.require("client_email", "the service account's e-mail");
        String project = r.text("project_id");
        String name = "projects/" + (project == null ? "-" : project) + "/serviceAccounts/" + email + "/keys/" + keyId;
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("serviceAccount", email);
        attributes.put("keyType", "USER_MANAGED");
        attributes.put("projectId", project);
        attributes.put("origin", "downloaded key file");
        return r.identity(name, KIND)
                .name(email + " key " + shortId(keyId))
                .attributes(attributes)
                .credentials(List.of(new CredentialRecord(keyId, null, "user-managed-key", null, null, null, null, null)))
                .links(List.of(new LinkRecord("key-of", GcpNames.source(project), email)))
                .principal(email)
                .build();
    }

    static String shortId(String keyId) {
        return keyId.length() > 8 ? keyId.substring(0, 8) : keyId;
    }
}
