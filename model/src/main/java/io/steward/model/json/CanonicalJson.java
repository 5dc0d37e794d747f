package io.steward.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical JSON form that the ledger hashes and checkpoints sign (docs/LEDGER.md): no
 * whitespace, object keys sorted by code point, integers only, strings UTF-8 with JSON's
 * mandatory escapes. Two equal values always give the same bytes.
 */
public final class CanonicalJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String string(JsonNode value) {
        return new String(bytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Converts any Jackson-serialisable value (maps, records, lists) to a tree first. */
    public static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }

    public static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void write(JsonGenerator gen, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                gen.writeStartObject();
                List<String> names = new ArrayList<>();
                Iterator<String> it = node.fieldNames();
                it.forEachRemaining(names::add);
                names.sort(null);
                for (String name : names) {
                    gen.writeFieldName(name);
                    write(gen, node.get(name));
                }
                gen.writeEndObject();
            }
            case ARRAY -> {
                gen.writeStartArray();
                for (JsonNode item : node) {
                    write(gen, item);
                }
                gen.writeEndArray();
            }
            case STRING -> gen.writeString(node.textValue());
            case BOOLEAN -> gen.writeBoolean(node.booleanValue());
            case NULL, MISSING -> gen.writeNull();
            case NUMBER -> {
                if (!node.canConvertToExactIntegral()) {
                    throw new IllegalArgumentException("ledger JSON allows integers only, got " + node);
                }
                gen.writeNumber(node.bigIntegerValue());
            }
            default -> throw new IllegalArgumentException("value not allowed in ledger JSON: " + node.getNodeType());
        }
    }
}
