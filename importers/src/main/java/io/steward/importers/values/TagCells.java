package io.steward.importers.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A labels/tags cell: a JSON object, or {@code k=v} / {@code k:v} pairs separated by ';' or ','. */
public final class TagCells {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TagCells() {
    }

    /** The tags of a cell ({@code {}} and blank = none), or {@code null} when it starts like JSON but is not a JSON object. */
    public static Map<String, String> parse(String cell) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (cell == null || cell.isBlank() || cell.strip().equals("{}")) {
            return tags;
        }
        if (cell.strip().startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(cell);
                if (!node.isObject()) {
                    return null;
                }
                node.fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
                return tags;
            } catch (IOException e) {
                return null;
            }
        }
        for (String pair : cell.split("[;,]")) {
            int eq = pair.indexOf('=') >= 0 ? pair.indexOf('=') : pair.indexOf(':');
            if (eq > 0) {
                tags.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            } else if (!pair.isBlank()) {
                tags.put(pair.strip(), "");
            }
        }
        return tags;
    }
}
