package io.steward.importers.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.GrantRecord;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns IAM policy documents into grants: one per allowed action and resource. Handles the quirks of
 * docs/FORMATS-SUPPORTED.md: {@code Statement}, {@code Action} and {@code Resource} as a single value or a list,
 * documents as objects or URL-encoded strings, {@code NotAction}/{@code NotResource} (kept with a
 * {@code !} prefix) and conditions (kept as compact JSON). Deny statements hold no privilege and are skipped.
 */
final class PolicyGrants {
    /** More grants than this from one document are cut, with a warning: a policy, not a list of every action. */
    static final int MAX_PER_DOCUMENT = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The grants, plus whether the document was cut or unreadable. */
    record Result(List<GrantRecord> grants, boolean truncated, boolean unreadable) {
    }

    private PolicyGrants() {
    }

    static Result of(JsonNode document, String via) {
        JsonNode doc = document;
        if (doc != null && doc.isTextual()) {
            try {
                doc = MAPPER.readTree(URLDecoder.decode(doc.textValue(), StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                return new Result(List.of(), false, true);
            }
        }
        if (doc == null || !doc.isObject()) {
            return new Result(List.of(), false, doc != null && !doc.isNull());
        }
        List<GrantRecord> grants = new ArrayList<>();
        boolean truncated = false;
        for (JsonNode statement : JsonRecord.asList(doc.get("Statement"))) {
            if (!statement.isObject() || !"Allow".equalsIgnoreCase(statement.path("Effect").asText())) {
                continue;
            }
            List<String> actions = values(statement, "Action", "NotAction");
            List<String> resources = values(statement, "Resource", "NotResource");
            if (resources.isEmpty()) {
                resources = java.util.Collections.singletonList(null); // trust policies have principals, not resources
            }
            String condition = statement.has("Condition") ? statement.get("Condition").toString() : null;
            for (String action : actions) {
                for (String resource : resources) {
                    if (grants.size() >= MAX_PER_DOCUMENT) {
                        truncated = true;
                        break;
                    }
                    grants.add(new GrantRecord(action, resource, via, condition));
                }
            }
        }
        return new Result(grants, truncated, false);
    }

    private static List<String> values(JsonNode statement, String field, String negated) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : JsonRecord.asList(statement.get(field))) {
            if (v.isTextual()) {
                out.add(v.textValue());
            }
        }
        for (JsonNode v : JsonRecord.asList(statement.get(negated))) {
            if (v.isTextual()) {
                out.add("!" + v.textValue());
            }
        }
        return out;
    }
}
