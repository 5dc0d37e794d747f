package io.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.CanonicalJson;
import java.util.ArrayList;
import java.util.List;

/** Parses a command's {@code --format json} output, which must be exactly one JSON array. */
final class JsonOutput {
    private JsonOutput() {
    }

    static List<JsonNode> array(String out) {
        try {
            JsonNode root = CanonicalJson.MAPPER.readTree(out);
            if (!root.isArray()) {
                throw new AssertionError("not a JSON array: " + out);
            }
            List<JsonNode> list = new ArrayList<>();
            root.forEach(list::add);
            return list;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }
}
