package io.steward.model.campaigns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.CanonicalJson;
import java.util.ArrayList;
import java.util.List;

/** One identity key in scope while a campaign is previewed or opened: its current rows merged. */
final class Candidate {
    final String key;
    final String name;
    final String kind;
    final String source;
    final String environment;
    final Boolean enabled;
    final String createdAt;
    String lastUsedAt;
    /**
     * Credential and grant rows as read (see {@link #credentials()} for the columns). The reading thread only copies
     * column values; the JSON trees are built where the item is frozen, on the freezing thread when a campaign opens.
     */
    final List<CredentialRow> credentialRows = new ArrayList<>(2);
    final List<GrantRow> grantRows = new ArrayList<>(2);

    /** One credential row as read; {@code active} is null when the source does not say. */
    record CredentialRow(String id, String masked, String kind, Boolean active, String createdAt, String lastRotatedAt,
                         String lastUsedAt, String expiresAt) {
    }

    record GrantRow(String privilege, String resource, String via, String condition) {
    }

    Candidate(String key, String name, String kind, String source, String environment, Boolean enabled, String createdAt,
              String lastUsedAt) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.source = source;
        this.environment = environment;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
    }

    /** The newest use of the identity or any of its credentials (ISO text orders as time), or null. */
    String lastActivity() {
        String newest = lastUsedAt;
        for (CredentialRow c : credentialRows) {
            String used = c.lastUsedAt();
            if (used != null && (newest == null || used.compareTo(newest) > 0)) {
                newest = used;
            }
        }
        return newest;
    }

    ArrayNode credentials() {
        ArrayNode a = CanonicalJson.MAPPER.createArrayNode();
        for (CredentialRow c : credentialRows) {
            ObjectNode n = a.addObject();
            n.put("id", c.id());
            n.put("masked", c.masked());
            n.put("kind", c.kind());
            n.put("active", c.active()); // null stays an explicit null, as the frozen JSON has always had it
            n.put("createdAt", c.createdAt());
            n.put("lastRotatedAt", c.lastRotatedAt());
            n.put("lastUsedAt", c.lastUsedAt());
            n.put("expiresAt", c.expiresAt());
        }
        return a;
    }

    ArrayNode grants() {
        ArrayNode a = CanonicalJson.MAPPER.createArrayNode();
        for (GrantRow g : grantRows) {
            a.addObject().put("privilege", g.privilege()).put("resource", g.resource()).put("via", g.via()).put("condition", g.condition());
        }
        return a;
    }
}
