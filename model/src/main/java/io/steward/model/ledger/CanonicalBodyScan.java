package io.steward.model.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.steward.model.json.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * One streaming pass that decides whether a stored body is exactly what {@link Ledger#append} writes, without
 * building its tree: each token is written again in canonical form ({@link JsonTrees#bytes}: sorted keys, no
 * spacing, integers only, the generator's escapes) into a sink that compares with the stored bytes as they come.
 * Instead of sorting keys, each object's keys must already be in strictly increasing order, which also refuses a
 * repeated key. The verdict is the same as comparing the body with the canonical bytes of its parsed tree; a
 * fraction, which that comparison cannot write, is simply not canonical. Only the first value is read, so text
 * after it leaves the stored bytes longer than what was written again, and the body is refused.
 */
final class CanonicalBodyScan {
    /** The entry fields in sorted order, the only order a canonical body can have them in. */
    private static final String[] FIELDS = {"actor", "kind", "payload", "seq", "subject", "time"};

    private CanonicalBodyScan() {
    }

    /**
     * The entry's kind when {@code body} is the canonical JSON of an object with the six entry fields, {@code seq}
     * equal to the row's and the others but {@code payload} strings; null otherwise ({@link BodyCanonicality} says why).
     */
    static String kindIfCanonical(long seq, byte[] body) {
        MatchingSink sink = new MatchingSink(body);
        try (JsonParser p = JsonTrees.parser(body); JsonGenerator gen = JsonTrees.generator(sink)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT); // closing a refused body writes nothing more
            String kind = entry(p, gen, seq, sink);
            if (kind == null) {
                return null;
            }
            gen.flush();
            return sink.matchedAll() ? kind : null;
        } catch (IOException e) { // not JSON, or a string the generator refuses to write
            return null;
        }
    }

    /** Writes the top-level object again; its kind, or null at the first thing an entry body cannot hold. */
    private static String entry(JsonParser p, JsonGenerator gen, long seq, MatchingSink sink) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        gen.writeStartObject();
        String kind = null;
        for (String field : FIELDS) {
            if (p.nextToken() != JsonToken.FIELD_NAME || !field.equals(p.currentName())) {
                return null;
            }
            gen.writeFieldName(field);
            JsonToken token = p.nextToken();
            if (field.equals("payload")) {
                if (!value(p, gen, token, sink)) {
                    return null;
                }
            } else if (field.equals("seq")) {
                if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        || p.getLongValue() != seq) {
                    return null;
                }
                gen.writeNumber(seq);
            } else {
                if (token != JsonToken.VALUE_STRING) {
                    return null;
                }
                String text = p.getText();
                if (field.equals("kind")) {
                    kind = text;
                }
                gen.writeString(text);
            }
        }
        if (p.nextToken() != JsonToken.END_OBJECT) {
            return null;
        }
        gen.writeEndObject();
        return kind;
    }

    /** Writes the value starting at {@code token} again; false at the first thing a canonical body cannot hold. */
    private static boolean value(JsonParser p, JsonGenerator gen, JsonToken token, MatchingSink sink) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                gen.writeStartObject();
                String previous = null;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    if (previous != null && previous.compareTo(name) >= 0) {
                        return false; // out of order or repeated: sorting would change the bytes
                    }
                    gen.writeFieldName(name);
                    if (!value(p, gen, p.nextToken(), sink)) {
                        return false;
                    }
                    previous = name;
                }
                gen.writeEndObject();
            }
            case START_ARRAY -> {
                gen.writeStartArray();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (!value(p, gen, t, sink)) {
                        return false;
                    }
                }
                gen.writeEndArray();
            }
            case VALUE_STRING -> gen.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_NUMBER_INT -> {
                switch (p.getNumberType()) {
                    case INT -> gen.writeNumber(p.getIntValue());
                    case LONG -> gen.writeNumber(p.getLongValue());
                    default -> gen.writeNumber(p.getBigIntegerValue());
                }
            }
            case VALUE_TRUE -> gen.writeBoolean(true);
            case VALUE_FALSE -> gen.writeBoolean(false);
            case VALUE_NULL -> gen.writeNull();
            default -> {
                return false; // a fraction (canonical bodies hold integers only)
            }
        }
        return !sink.differs;
    }

    /** Compares what the generator flushes with the stored bytes, keeping nothing. */
    private static final class MatchingSink extends OutputStream {
        private final byte[] expected;
        private int at;
        boolean differs;

        MatchingSink(byte[] expected) {
            this.expected = expected;
        }

        @Override
        public void write(int b) {
            if (differs || at == expected.length || expected[at] != (byte) b) {
                differs = true;
            } else {
                at++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (differs || len > expected.length - at || !Arrays.equals(b, off, off + len, expected, at, at + len)) {
                differs = true;
            } else {
                at += len;
            }
        }

        /** True when everything written equals the stored bytes and nothing of them is left over. */
        boolean matchedAll() {
            return !differs && at == expected.length;
        }
    }
}
