package io.steward.importers.entra;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.CredentialRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code passwordCredentials[]} and {@code keyCredentials[]} (docs/FORMATS-SUPPORTED.md) as credential metadata, in the
 * Graph shape ({@code startDateTime}/{@code endDateTime}) and the legacy AAD-Graph one
 * ({@code startDate}/{@code endDate}). {@code secretText}, legacy {@code value} and {@code key} never reach
 * here (the guard nulls them) and {@code hint} is not kept.
 */
final class EntraCredentials {
    private EntraCredentials() {
    }

    static List<CredentialRecord> of(JsonRecord r) {
        List<CredentialRecord> out = new ArrayList<>();
        List<JsonNode> passwords = r.list("passwordCredentials");
        for (int i = 0; i < passwords.size(); i++) {
            out.add(one(r, passwords.get(i), "passwordCredentials[" + i + "]", "client-secret"));
        }
        List<JsonNode> keys = r.list("keyCredentials");
        for (int i = 0; i < keys.size(); i++) {
            String type = keys.get(i).path("type").asText("AsymmetricX509Cert");
            out.add(one(r, keys.get(i), "keyCredentials[" + i + "]", "Symmetric".equals(type) ? "symmetric-key" : "certificate"));
        }
        return out;
    }

    private static CredentialRecord one(JsonRecord r, JsonNode c, String field, String kind) {
        JsonRecord cr = new JsonRecord(r.file(), c, r.recordNo(), r.lineNo());
        String keyId = cr.text("keyId");
        if (keyId == null) {
            throw r.bad(field + ".keyId", "is missing; every Entra credential has a keyId");
        }
        var start = cr.time(c.has("startDateTime") ? c.path("startDateTime") : c.path("startDate"), field + ".startDateTime");
        var end = cr.time(c.has("endDateTime") ? c.path("endDateTime") : c.path("endDate"), field + ".endDateTime");
        String label = "certificate".equals(kind) ? cr.text("customKeyIdentifier") : cr.text("displayName");
        return new CredentialRecord(keyId, label, kind, null, start, start, null, end);
    }
}
