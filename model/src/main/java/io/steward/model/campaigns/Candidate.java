package io.steward.model.campaigns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.steward.model.json.CanonicalJson;

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
    final ArrayNode credentials = CanonicalJson.MAPPER.createArrayNode();
    final ArrayNode grants = CanonicalJson.MAPPER.createArrayNode();

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
        for (var c : credentials) {
            String used = c.path("lastUsedAt").textValue();
            if (used != null && (newest == null || used.compareTo(newest) > 0)) {
                newest = used;
            }
        }
        return newest;
    }
}
