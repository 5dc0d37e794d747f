package io.steward.importers.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** IAM {@code Tags: [{Key, Value}]} as a map, and the owner and environment hints they carry. */
final class AwsTags {
    private static final List<String> OWNER_KEYS = List.of("owner", "owner-email", "owneremail", "team", "contact", "technical-owner",
            "business-owner", "maintainer", "created-by", "createdby");
    private static final List<String> ENVIRONMENT_KEYS = List.of("environment", "env", "stage", "tier");

    private AwsTags() {
    }

    static Map<String, String> of(JsonNode tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null && tags.isArray()) {
            for (JsonNode t : tags) {
                String key = t.path("Key").asText(null);
                if (key != null) {
                    out.put(key, t.path("Value").asText(""));
                }
            }
        }
        return out;
    }

    static String owner(Map<String, String> tags) {
        return first(tags, OWNER_KEYS);
    }

    static String environment(Map<String, String> tags) {
        return first(tags, ENVIRONMENT_KEYS);
    }

    /** The value of the first key (case-insensitive) in preference order, or null. */
    private static String first(Map<String, String> tags, List<String> keys) {
        for (String wanted : keys) {
            for (Map.Entry<String, String> e : tags.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted) && !e.getValue().isBlank()) {
                    return e.getValue().strip();
                }
            }
        }
        return null;
    }
}
