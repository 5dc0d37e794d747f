package io.steward.exports.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.ledger.EntryRow;
import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;

/** Reads fields out of an entry's payload as cell text (missing or null: empty). */
final class Payloads {
    private Payloads() {
    }

    static JsonNode of(EntryRow entry) {
        return entry.payload() == null ? CanonicalJson.MAPPER.nullNode()
                : CanonicalJson.parse(entry.payload().getBytes(StandardCharsets.UTF_8));
    }

    static String text(JsonNode payload, String field) {
        JsonNode n = payload.get(field);
        return n == null || n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString();
    }

    static String text(EntryRow entry, String field) {
        return text(of(entry), field);
    }
}
