package io.steward.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonTrees} (no ObjectMapper) against what {@link CanonicalJson} did before it: {@code ObjectMapper.readTree}
 * with default settings and the canonical writer on the mapper's factory. Random documents, canonical and not
 * (spacing, key order, repeated keys, escapes, fractions, huge integers, trailing text), and broken ones: the same
 * tree (node classes included), the same canonical bytes, the same refusals.
 */
class JsonTreesEquivalenceTest {
    private static final ObjectMapper REFERENCE = new ObjectMapper();
    private static final int DOCUMENTS = 20_000;

    @Test
    void randomDocumentsGiveTheSameTreesBytesAndRefusalsAsTheMapper() {
        Random random = new Random(20261206L);
        int parsed = 0;
        int refused = 0;
        int canonical = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = mutate(random, document(random, 0));
            byte[] json = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(50) == 0 && json.length > 0) {
                json[random.nextInt(json.length)] = (byte) random.nextInt(256); // a stray byte, maybe broken UTF-8
            }
            Outcome expected = reference(json);
            Outcome actual = mine(json);
            assertThat(actual.failed()).as("refused: %s", text).isEqualTo(expected.failed());
            if (expected.failed()) {
                refused++;
                continue;
            }
            parsed++;
            assertThat(actual.tree()).as("tree of %s", text).isEqualTo(expected.tree());
            assertThat(sameClasses(actual.tree(), expected.tree())).as("node classes of %s", text).isTrue();
            assertThat(actual.bytesProblem()).as("canonical refusal of %s", text).isEqualTo(expected.bytesProblem());
            if (expected.bytes() != null) {
                assertThat(actual.bytes()).as("canonical bytes of %s", text).isEqualTo(expected.bytes());
                if (Arrays.equals(expected.bytes(), json)) {
                    canonical++;
                }
            }
        }
        // the generator must reach every branch the verifier depends on
        assertThat(parsed).isGreaterThan(DOCUMENTS / 2);
        assertThat(refused).isGreaterThan(DOCUMENTS / 50);
        assertThat(canonical).isGreaterThan(DOCUMENTS / 20);
    }

    @Test
    void edgeCasesMatchTheMapper() {
        for (String text : List.of("", "   ", "null", "1", "-0", "1.0", "1e2", "1E400", "-1e-400", "123456789012345678901234567890",
                "9223372036854775807", "9223372036854775808", "-2147483649", "2147483647", "\"\\u0000\\ud83d\\ude00\"",
                "{\"a\":1,\"a\":2}", "{\"b\":1,\"a\":{\"d\":[],\"c\":{}}}", "{} trailing", "[1,2] ]", "{\"a\":1", "[", "{\"a\" 1}",
                "\"\\ud800\"", "[1,]", "{,}", "NaN", "tru", "\"\u00e9\u4e2d\"", "{\"x\":1.5}", "{\"x\":-0.0}")) {
            byte[] json = text.getBytes(StandardCharsets.UTF_8);
            Outcome expected = reference(json);
            Outcome actual = mine(json);
            assertThat(actual.failed()).as("refused: %s", text).isEqualTo(expected.failed());
            if (!expected.failed()) {
                assertThat(actual.tree()).as(text).isEqualTo(expected.tree());
                assertThat(sameClasses(actual.tree(), expected.tree())).as(text).isTrue();
                assertThat(actual.bytes()).as(text).isEqualTo(expected.bytes());
                assertThat(actual.bytesProblem()).as(text).isEqualTo(expected.bytesProblem());
            }
        }
    }

    private record Outcome(boolean failed, JsonNode tree, byte[] bytes, String bytesProblem) {
    }

    private static Outcome reference(byte[] json) {
        JsonNode tree;
        try {
            tree = REFERENCE.readTree(json);
        } catch (IOException e) {
            return new Outcome(true, null, null, null);
        }
        try {
            return new Outcome(false, tree, referenceBytes(tree), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, tree, null, e.getMessage());
        }
    }

    private static Outcome mine(byte[] json) {
        JsonNode tree;
        try {
            tree = JsonTrees.parse(json);
        } catch (IllegalArgumentException e) {
            return new Outcome(true, null, null, null);
        }
        try {
            return new Outcome(false, tree, JsonTrees.bytes(tree), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, tree, null, e.getMessage());
        }
    }

    private static boolean sameClasses(JsonNode a, JsonNode b) {
        if (a.getClass() != b.getClass() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!b.has(name) || !sameClasses(a.get(name), b.get(name))) {
                    return false;
                }
            }
        } else if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameClasses(a.get(i), b.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** CanonicalJson's writer as it was, on the mapper's own factory. */
    private static byte[] referenceBytes(JsonNode value) {
        JsonFactory factory = REFERENCE.getFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            referenceWrite(gen, value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void referenceWrite(JsonGenerator gen, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                gen.writeStartObject();
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null);
                for (String name : names) {
                    gen.writeFieldName(name);
                    referenceWrite(gen, node.get(name));
                }
                gen.writeEndObject();
            }
            case ARRAY -> {
                gen.writeStartArray();
                for (JsonNode item : node) {
                    referenceWrite(gen, item);
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

    // ---- random documents ----

    private static String document(Random r, int depth) {
        int pick = depth > 4 ? 2 + r.nextInt(6) : r.nextInt(8);
        return switch (pick) {
            case 0 -> object(r, depth);
            case 1 -> array(r, depth);
            case 2 -> string(r);
            case 3 -> integer(r);
            case 4 -> fraction(r);
            case 5 -> r.nextBoolean() ? "true" : "false";
            case 6 -> "null";
            default -> object(r, depth);
        };
    }

    private static String object(Random r, int depth) {
        int n = r.nextInt(6);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(i > 0 && r.nextInt(8) == 0 ? keys.get(r.nextInt(keys.size())) : string(r)); // sometimes a repeated key
        }
        if (r.nextBoolean()) {
            keys.sort(null); // sorted keys: often canonical
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(space(r)).append(keys.get(i)).append(space(r)).append(':').append(space(r))
                    .append(document(r, depth + 1));
        }
        return b.append(space(r)).append('}').toString();
    }

    private static String array(Random r, int depth) {
        int n = r.nextInt(5);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(space(r)).append(document(r, depth + 1));
        }
        return b.append(']').toString();
    }

    private static String space(Random r) {
        return r.nextInt(10) == 0 ? List.of(" ", "\n", "\t ", "\r\n").get(r.nextInt(4)) : "";
    }

    private static final String[] PIECES = {"a", "b", "kind", "payload", "é", "中", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9",
        "\\u0000", "\\u001f", "\\ud83d\\ude00", "😀", "\\t", "\\b", "\\f", "\\r", "\\u2028", " ", "A", "z", "0", "~", "\u007f"};

    private static String string(Random r) {
        StringBuilder b = new StringBuilder("\"");
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.append('"').toString();
    }

    private static String integer(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> Integer.toString(r.nextInt(100));
            case 1 -> Integer.toString(r.nextInt());
            case 2 -> Long.toString(r.nextLong());
            case 3 -> (r.nextBoolean() ? "-" : "") + "9223372036854775808";
            case 4 -> new java.math.BigInteger(100 + r.nextInt(100), r).toString();
            default -> r.nextBoolean() ? "-0" : "0";
        };
    }

    private static String fraction(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(1000) + ".0";
            case 1 -> r.nextInt(1000) + "." + r.nextInt(1000);
            case 2 -> r.nextInt(10) + "e" + r.nextInt(20);
            case 3 -> "1E" + (300 + r.nextInt(200));
            default -> "-" + r.nextInt(10) + ".5e-" + r.nextInt(400);
        };
    }

    /** Most documents as made; some cut short, some with text after them, some empty or blank. */
    private static String mutate(Random r, String text) {
        return switch (r.nextInt(12)) {
            case 0 -> text.substring(0, r.nextInt(text.length() + 1));
            case 1 -> text + List.of(" x", "}", "]", " {\"a\":1}", ",", "\n").get(r.nextInt(6));
            case 2 -> r.nextBoolean() ? "" : " \n";
            case 3 -> " " + text + " ";
            default -> text;
        };
    }
}
