package io.steward.exports.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A value a {@link JsonRowWriter} writes straight into its generator, with no tree of nodes built first (a million-row
 * listing would otherwise build one per credential and grant). Text writers show it as its compact JSON.
 */
@FunctionalInterface
public interface JsonValue {
    void write(JsonGenerator gen) throws IOException;

    /** The compact JSON text, as a tree of the same value would print. */
    default String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = CanonicalJson.MAPPER.getFactory().createGenerator(text)) {
            write(gen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
