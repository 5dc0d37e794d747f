package io.steward.exports.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.GrantView;
import io.steward.exports.rows.JsonValue;
import io.steward.model.inventory.query.IdentityRow;
import java.io.IOException;
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

    /** An array of {@link #credential} objects written straight into a generator: the same fields, order and bytes, no tree. */
    public static JsonValue streamedCredentials(List<CredentialView> list) {
        return gen -> {
            gen.writeStartArray();
            for (CredentialView c : list) {
                gen.writeStartObject();
                text(gen, "id", c.nativeId());
                text(gen, "maskedId", c.maskedId());
                text(gen, "kind", c.kind());
                gen.writeFieldName("active");
                if (c.active() == null) {
                    gen.writeNull();
                } else {
                    gen.writeBoolean(c.active());
                }
                text(gen, "createdAt", iso(c.createdAt()));
                text(gen, "lastRotatedAt", iso(c.lastRotatedAt()));
                text(gen, "lastUsedAt", iso(c.lastUsedAt()));
                text(gen, "expiresAt", iso(c.expiresAt()));
                gen.writeEndObject();
            }
            gen.writeEndArray();
        };
    }

    /** An array of {@link #grant} objects written straight into a generator, as {@link #streamedCredentials}. */
    public static JsonValue streamedGrants(List<GrantView> list) {
        return gen -> {
            gen.writeStartArray();
            for (GrantView g : list) {
                gen.writeStartObject();
                text(gen, "privilege", g.privilege());
                text(gen, "resource", g.resource());
                text(gen, "via", g.via());
                text(gen, "condition", g.condition());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        };
    }

    private static void text(JsonGenerator gen, String name, String value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
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
