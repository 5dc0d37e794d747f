package io.steward.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The canonical JSON form that the ledger hashes and checkpoints sign (docs/LEDGER.md): no
 * whitespace, object keys sorted by code point, integers only, strings UTF-8 with JSON's
 * mandatory escapes. Two equal values always give the same bytes.
 */
public final class CanonicalJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode value) {
        return JsonTrees.bytes(value);
    }

    public static String string(JsonNode value) {
        return new String(bytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Converts any Jackson-serialisable value (maps, records, lists) to a tree first. */
    public static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }

    /** The tree of {@code json}, as {@code MAPPER.readTree} reads it, without the mapper ({@link JsonTrees}). */
    public static JsonNode parse(byte[] json) {
        return JsonTrees.parse(json);
    }
}
