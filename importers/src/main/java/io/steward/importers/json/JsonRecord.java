package io.steward.importers.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.BadInputException;
import io.steward.importers.values.Booleans;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.NullIsh;
import io.steward.importers.values.TimeValues;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to one JSON record with bad-input errors that name the file, record, line and field
 * (never the value). Missing fields and JSON null read as {@code null}.
 */
public final class JsonRecord {
    private final Path file;
    private final long recordNo;
    private final long lineNo;
    private final String path;
    private final JsonNode node;

    public JsonRecord(Path file, long recordNo, long lineNo, String path, JsonNode node) {
        this.file = file;
        this.recordNo = recordNo;
        this.lineNo = lineNo;
        this.path = path;
        this.node = node;
    }

    public JsonNode node() {
        return node;
    }

    public long recordNo() {
        return recordNo;
    }

    public long lineNo() {
        return lineNo;
    }

    public String path() {
        return path;
    }

    /** A nested object as its own record (same record number and line). */
    public JsonRecord child(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw bad(field, "expected an object");
        }
        return new JsonRecord(file, recordNo, lineNo, path + "." + field, n);
    }

    /** Text of a scalar field ({@code null} when missing, null or a null-ish token). */
    public String text(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isContainerNode()) {
            throw bad(field, "expected a string, found " + (n.isArray() ? "an array" : "an object"));
        }
        return NullIsh.text(n.asText());
    }

    public String requiredText(String field) {
        String v = text(field);
        if (v == null) {
            throw bad(field, "this required field is missing or empty");
        }
        return v;
    }

    public Instant time(String field) {
        try {
            return TimeValues.parse(node.get(field));
        } catch (InvalidValueException e) {
            throw bad(field, e.getMessage());
        }
    }

    public Boolean bool(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        try {
            return Booleans.parse(n.asText());
        } catch (InvalidValueException e) {
            throw bad(field, e.getMessage());
        }
    }

    /** A field that may hold one object/string or an array of them, as a list (AWS policy quirk). */
    public List<JsonNode> list(String field) {
        return asList(node.get(field));
    }

    public static List<JsonNode> asList(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull() || n.isMissingNode()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }

    public BadInputException bad(String field, String reason) {
        return new BadInputException(file, recordNo, lineNo, path + "." + field, reason);
    }
}
