package io.steward.exports.inventory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityRow;
import java.time.Instant;
import java.util.List;

/** Credentials and grants as JSON objects, the same in {@code inventory} and {@code diff} output. */
public final class InventoryJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InventoryJson() {
    }

    /** Metadata only: the slot, public id or fingerprint, never a secret (none is stored). */
    public static ObjectNode credential(CredentialView c) {
        ObjectNode o = JSON.objectNode();
        o.put("id", c.nativeId());
        o.put("maskedId", c.maskedId());
        o.put("kind", c.kind());
        o.put("active", c.active());
        o.put("createdAt", iso(c.createdAt()));
        o.put("lastRotatedAt", iso(c.lastRotatedAt()));
        o.put("lastUsedAt", iso(c.lastUsedAt()));
        o.put("expiresAt", iso(c.expiresAt()));
        return o;
    }

    public static ObjectNode grant(GrantView g) {
        ObjectNode o = JSON.objectNode();
        o.put("privilege", g.privilege());
        o.put("resource", g.resource());
        o.put("via", g.via());
        o.put("condition", g.condition());
        return o;
    }

    public static ArrayNode credentials(List<CredentialView> list) {
        ArrayNode a = JSON.arrayNode();
        list.forEach(c -> a.add(credential(c)));
        return a;
    }

    public static ArrayNode grants(List<GrantView> list) {
        ArrayNode a = JSON.arrayNode();
        list.forEach(g -> a.add(grant(g)));
        return a;
    }

    /** ISO-8601 UTC, as every machine-readable output writes times. */
    public static String iso(Instant t) {
        return io.steward.model.inventory.Timestamps.iso(t);
    }

    /** One identity's list fields, keyed as {@code inventory --format json} keys them. */
    public static ObjectNode identity(IdentityRow r) {
        ObjectNode o = JSON.objectNode();
        o.put("key", r.key());
        o.put("id", r.nativeId());
        o.put("rowId", r.id());
        o.put("source", r.source());
        o.put("kind", r.kind());
        o.put("name", r.name());
        o.put("environment", r.environment());
        o.put("ownerHint", r.ownerHint());
        if (r.enabled() == null) {
            o.putNull("enabled");
        } else {
            o.put("enabled", r.enabled());
        }
        o.put("createdAt", iso(r.createdAt()));
        o.put("lastUsedAt", iso(r.lastUsedAt()));
        if (r.risk() != null) { // read by the list's pages, not by single look-ups
            o.put("risk", r.risk().level().id());
            o.put("openFindings", r.risk().findings());
        }
        return o;
    }
}
