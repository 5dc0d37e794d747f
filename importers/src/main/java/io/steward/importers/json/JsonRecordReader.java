package io.steward.importers.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the records of a JSON or YAML export whatever its envelope (docs/FORMATS-SUPPORTED.md): a bare array, an
 * array under a field ({@code value}, {@code accounts}, {@code items}, {@code data.keys}, ...), a single
 * object, and several root documents one after another (concatenated JSON pages, multi-document YAML).
 * Only one record is held at a time; the envelope's other root fields are collected (big arrays skipped)
 * and handed over when each root document ends, e.g. {@code @odata.nextLink}, {@code total_count}.
 */
public final class JsonRecordReader {
    /** One root document's fields outside its record arrays. */
    @FunctionalInterface
    public interface EnvelopeHandler {
        void envelope(ObjectNode fields, boolean hadRecordArray);
    }

    /** One record: a parsed element with its 1-based record number and the line it starts on. */
    @FunctionalInterface
    public interface RecordHandler {
        /** @param envelope the root document's fields read so far (before the record array), NOT yet screened: read structural fields (kind) only */
        void record(JsonNode node, ObjectNode envelope, long recordNo, long lineNo) throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 * 1024 * 1024).build()).build());
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 * 1024 * 1024).build()).build());
    private static final int MAX_ENVELOPE_FIELDS = 256;

    private final Path file;
    private final boolean yaml;
    private final List<String> arrayPaths;
    private final boolean rootObjectIsRecord;
    private long records;

    /**
     * @param arrayPaths         dotted paths of the record arrays inside a root object ({@code ""} never needed: a
     *                           root array is always a record array)
     * @param rootObjectIsRecord a root object with none of the arrays is itself one record
     */
    public JsonRecordReader(Path file, boolean yaml, List<String> arrayPaths, boolean rootObjectIsRecord) {
        this.file = file;
        this.yaml = yaml;
        this.arrayPaths = List.copyOf(arrayPaths);
        this.rootObjectIsRecord = rootObjectIsRecord;
    }

    /** Records seen so far. */
    public long records() {
        return records;
    }

    public void read(RecordHandler handler, EnvelopeHandler envelope, ImportProgress progress, Cancellation cancel)
            throws IOException {
        long total = Files.size(file);
        ObjectMapper mapper = yaml ? YAML : JSON;
        try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.createParser(in)) {
            Walk walk = new Walk(p, mapper, handler, progress, cancel, total);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    walk.envelope = mapper.createObjectNode();
                    walk.array();
                } else if (t == JsonToken.START_OBJECT) {
                    long line = p.currentTokenLocation().getLineNr();
                    ObjectNode fields = mapper.createObjectNode();
                    walk.envelope = fields;
                    boolean found = walk.object("", fields);
                    if (!found && rootObjectIsRecord) {
                        walk.emit(fields, line);
                    }
                    envelope.envelope(fields, found);
                } else if (yaml && (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_STRING && p.getText().isBlank())) {
                    continue; // an empty YAML document between '---' separators
                } else {
                    throw new BadInputException(file, records + 1, p.currentTokenLocation().getLineNr(), null,
                            "expected a JSON/YAML object or array at the top level, found a single value. "
                                    + "Export the list with --format=json (or -o json)");
                }
            }
            progress.update(total, total, records);
        } catch (JsonProcessingException e) {
            throw JsonErrors.badInput(file, records + 1, e);
        }
    }

    private final class Walk {
        private final JsonParser p;
        private final ObjectMapper mapper;
        private final RecordHandler handler;
        private final ImportProgress progress;
        private final Cancellation cancel;
        private final long total;
        private ObjectNode envelope;

        Walk(JsonParser p, ObjectMapper mapper, RecordHandler handler, ImportProgress progress, Cancellation cancel, long total) {
            this.p = p;
            this.mapper = mapper;
            this.handler = handler;
            this.progress = progress;
            this.cancel = cancel;
            this.total = total;
        }

        /** The parser is on START_ARRAY of a record array: every element is a record. */
        void array() throws IOException {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                long line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                emit(node == null ? mapper.nullNode() : node, line);
            }
        }

        void emit(JsonNode node, long line) throws IOException {
            cancel.check();
            records++;
            handler.record(node, envelope, records, line);
            if ((records & 255) == 0) {
                long at = p.currentLocation().getByteOffset();
                progress.update(at < 0 ? 0 : at, total, records);
            }
        }

        /**
         * The parser is on START_OBJECT; streams record arrays found at {@code prefix + field} and collects
         * the other fields into {@code fields}. Returns whether a record array was found.
         */
        boolean object(String prefix, ObjectNode fields) throws IOException {
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String path = prefix + name;
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY && arrayPaths.contains(path)) {
                    array();
                    found = true;
                } else if (value == JsonToken.START_OBJECT && leadsToArray(path + ".")) {
                    ObjectNode inner = mapper.createObjectNode();
                    found |= object(path + ".", inner);
                    fields.set(name, inner);
                } else if (fields.size() < MAX_ENVELOPE_FIELDS) {
                    fields.set(name, mapper.readTree(p));
                } else {
                    p.skipChildren();
                }
            }
            return found;
        }

        private boolean leadsToArray(String prefix) {
            for (String path : arrayPaths) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
