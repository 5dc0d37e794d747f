package io.steward.exports.rows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON array of objects keyed by column name, streamed (machine-readable, one line per row). Everything,
 * separators included, goes through the generator's buffer, which reaches {@code out} only when it is full and at
 * {@link #close()}: flushing per row cost two write calls per row, most of a million-row listing's time.
 */
public final class JsonRowWriter implements RowWriter {
    /**
     * Generators with Jackson's default features, as the mapper's own factory makes them (the same bytes), but without
     * the mapper: a listing writes plain fields and streamed values only, so it need not load and set up databind.
     */
    private static final JsonFactory GENERATORS = new JsonFactory();

    private final PrintWriter out;
    private final List<String> columns;
    private final JsonGenerator gen;
    private boolean first = true;

    public JsonRowWriter(PrintWriter out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
        try {
            this.gen = GENERATORS.createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setRootValueSeparator(null); // rows are separated by ",\n" written here
            gen.writeRaw('[');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> values) {
        try {
            gen.writeRaw(first ? "\n" : ",\n");
            first = false;
            gen.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                gen.writeFieldName(columns.get(i));
                write(values.get(i));
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof JsonValue streamed) {
            streamed.write(gen);
        } else if (value instanceof JsonNode node) {
            Trees.WRITER.writeValue(gen, node);
        } else if (value instanceof Long n) {
            gen.writeNumber(n);
        } else if (value instanceof Integer n) {
            gen.writeNumber(n);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else {
            gen.writeString(value.toString());
        }
    }

    @Override
    public void close() {
        try {
            gen.writeRaw(first ? "]" : "\n]");
            gen.close(); // flushes what is buffered; the stream itself stays open
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Trees as the mapper writes them, but without its flush after every value (a write call per tree); made on first use. */
    private static final class Trees {
        static final ObjectWriter WRITER = CanonicalJson.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }
}
