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
    final List<Object[]> credentialRows = new ArrayList<>(2);
    final List<String[]> grantRows = new ArrayList<>(2);

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
        for (Object[] c : credentialRows) {
            String used = (String) c[CRED_LAST_USED];
            if (used != null && (newest == null || used.compareTo(newest) > 0)) {
                newest = used;
            }
        }
        return newest;
    }

    static final int CRED_LAST_USED = 6;

    /** Credential rows: id, masked, kind, active (Boolean or null), createdAt, lastRotatedAt, lastUsedAt, expiresAt. */
    ArrayNode credentials() {
        ArrayNode a = CanonicalJson.MAPPER.createArrayNode();
        for (Object[] c : credentialRows) {
            ObjectNode n = a.addObject();
            n.put("id", (String) c[0]);
            n.put("masked", (String) c[1]);
            n.put("kind", (String) c[2]);
            if (c[3] == null) {
                n.putNull("active");
            } else {
                n.put("active", (Boolean) c[3]);
            }
            n.put("createdAt", (String) c[4]);
            n.put("lastRotatedAt", (String) c[5]);
            n.put("lastUsedAt", (String) c[CRED_LAST_USED]);
            n.put("expiresAt", (String) c[7]);
        }
        return a;
    }

    /** Grant rows: privilege, resource, via, condition. */
    ArrayNode grants() {
        ArrayNode a = CanonicalJson.MAPPER.createArrayNode();
        for (String[] g : grantRows) {
            a.addObject().put("privilege", g[0]).put("resource", g[1]).put("via", g[2]).put("condition", g[3]);
        }
        return a;
    }
}
