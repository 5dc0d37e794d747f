package io.steward.importers.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.values.Booleans;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.NullIsh;
import io.steward.importers.values.TimeValues;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed (and already screened) JSON record with where it came from, and typed reads of its fields
 * that turn a wrong type into a {@link BadInputException} naming file, record, line and field, never the
 * value. Field paths are dotted ({@code metadata.name}); a record cut out of a bigger document may carry
 * its location in that document ({@code UserDetailList[3]}), which then prefixes the field in messages.
 * Missing fields and JSON null read as {@code null}.
 */
public final class JsonRecord {
    private final Path file;
    private final JsonNode node;
    private final long recordNo;
    private final long lineNo;
    private final JsonNode envelope;
    private final String path;

    public JsonRecord(Path file, JsonNode node, long recordNo, long lineNo) {
        this(file, node, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), recordNo, lineNo);
    }

    public JsonRecord(Path file, JsonNode node, JsonNode envelope, long recordNo, long lineNo) {
        this(file, node, envelope, recordNo, lineNo, null);
    }

    /** A record at {@code path} inside the file's document (named in error messages). */
    public JsonRecord(Path file, long recordNo, long lineNo, String path, JsonNode node) {
        this(file, node, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), recordNo, lineNo, path);
    }

    private JsonRecord(Path file, JsonNode node, JsonNode envelope, long recordNo, long lineNo, String path) {
        this.file = file;
        this.node = node;
        this.envelope = envelope;
        this.recordNo = recordNo;
        this.lineNo = lineNo;
        this.path = path;
    }

    /** The fields of the document around this record that came before it (e.g. a typed list's kind), or missing. */
    public JsonNode envelope() {
        return envelope;
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

    public Path file() {
        return file;
    }

    /** Where this record sits in the file's document, or {@code null} when the record is the whole item. */
    public String path() {
        return path;
    }

    /** A nested object as its own record (same record number and line), or {@code null} when absent. */
    public JsonRecord child(String field) {
        JsonNode n = at(field);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw bad(field, "expected an object");
        }
        return new JsonRecord(file, n, envelope, recordNo, lineNo, located(field));
    }

    /** The node at a dotted path, or a missing node. */
    public JsonNode at(String path) {
        return at(node, path);
    }

    public static JsonNode at(JsonNode from, String path) {
        JsonNode n = from;
        int start = 0;
        while (n != null && !n.isMissingNode()) {
            int dot = path.indexOf('.', start);
            String part = dot < 0 ? path.substring(start) : path.substring(start, dot);
            n = n.path(part);
            if (dot < 0) {
                return n;
            }
            start = dot + 1;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Text at a path, {@code null} when absent, JSON null or null-ish; numbers and booleans as text. */
    public String text(String path) {
        return text(at(path), path);
    }

    public String text(JsonNode value, String field) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw bad(field, "expected a text value, found " + (value.isArray() ? "a list" : "an object"));
        }
        return NullIsh.text(value.asText());
    }

    /** Text at a path that must be present. */
    public String require(String path, String what) {
        String v = text(path);
        if (v == null) {
            throw bad(path, "is missing or empty, but it is " + what + ". Export the full objects (no --query projection)");
        }
        return v;
    }

    /** Text at a path that must be present (for records whose required fields need no explanation). */
    public String requiredText(String path) {
        String v = text(path);
        if (v == null) {
            throw bad(path, "this required field is missing or empty");
        }
        return v;
    }

    public Instant time(String path) {
        return time(at(path), path);
    }

    public Instant time(JsonNode value, String field) {
        try {
            return TimeValues.parse(value);
        } catch (InvalidValueException e) {
            throw bad(field, e.getMessage());
        }
    }

    /** A boolean; absent or null gives {@code absent} (e.g. GCP omits {@code disabled} when false). */
    public Boolean bool(String path, Boolean absent) {
        JsonNode v = at(path);
        if (v.isMissingNode() || v.isNull()) {
            return absent;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        try {
            Boolean b = Booleans.parse(v.asText());
            return b == null ? absent : b;
        } catch (InvalidValueException e) {
            throw bad(path, e.getMessage());
        }
    }

    /** A boolean; absent or null gives {@code null}. */
    public Boolean bool(String path) {
        return bool(path, null);
    }

    /** A whole number (JSON number or digit string); {@code null} when absent. */
    public Long number(String path) {
        JsonNode v = at(path);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        String t = NullIsh.text(v.asText());
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw bad(path, "expected a whole number");
        }
    }

    /** The texts of an array of strings (null and null-ish items dropped); empty when absent. */
    public List<String> texts(String path) {
        JsonNode v = at(path);
        List<String> out = new ArrayList<>();
        if (v.isMissingNode() || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw bad(path, "expected a list");
        }
        for (JsonNode item : v) {
            String t = text(item, path);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The elements of an array field; empty when absent or null. */
    public List<JsonNode> list(String path) {
        JsonNode v = at(path);
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
            return List.of();
        }
        if (!v.isArray()) {
            throw bad(path, "expected a list");
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** A field that may hold one value or an array of them, as a list (AWS policy quirk); empty when absent. */
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

    /** A string-to-string map (labels, annotations, metadata); empty when absent or YAML null. */
    public Map<String, String> map(String path) {
        JsonNode v = at(path);
        Map<String, String> out = new LinkedHashMap<>();
        // YAML "labels:" with nothing after it is null, or an empty string in some YAML readers: both mean none
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
            return out;
        }
        if (!v.isObject()) {
            throw bad(path, "expected an object of names to values");
        }
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull() && !e.getValue().isContainerNode()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }

    /** A builder positioned at this record. */
    public IdentityRecord.Builder identity(String nativeId, String kind) {
        return IdentityRecord.builder(nativeId, kind).at(recordNo, lineNo);
    }

    public BadInputException bad(String field, String reason) {
        return new BadInputException(file, recordNo, lineNo, located(field), reason);
    }

    private String located(String field) {
        return path == null ? field : path + "." + field;
    }
}
