package io.steward.importers.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonErrors;
import io.steward.importers.csv.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams a JSON document whose root is an object of arrays (e.g. {@code {"UserDetailList":[…], "RoleDetailList":[…]}}):
 * each element of the named arrays is read as a tree on its own, so memory holds one element at a time.
 * Elements are numbered 1, 2, … across all named arrays in file order, which makes record numbers the
 * same in every pass over the file. Root scalars are collected. Malformed JSON becomes a
 * {@link BadInputException} with line and column.
 */
public final class RootArrays {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Receives one element. */
    @FunctionalInterface
    public interface ElementHandler {
        void element(String array, long recordNo, long lineNo, JsonNode element) throws IOException;
    }

    private final Path file;
    private final Set<String> arrays;

    /** @param arrays the root fields whose array elements are records */
    public RootArrays(Path file, Set<String> arrays) {
        this.file = file;
        this.arrays = arrays;
    }

    /**
     * One pass over the file: {@code wanted} elements go to the handler, other elements are skipped (but
     * counted). Returns the root scalars (strings, numbers, booleans) by name.
     */
    public Map<String, JsonNode> scan(Set<String> wanted, ElementHandler handler, ImportProgress progress, Cancellation cancel)
            throws IOException {
        Map<String, JsonNode> scalars = new HashMap<>();
        long total = Files.size(file);
        long recordNo = 0;
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file)); JsonParser p = FACTORY.createParser(in)) {
            p.setCodec(MAPPER);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(file, 0, 1, null, "expected a JSON object at the top of the file");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (arrays.contains(name)) {
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw new BadInputException(file, 0, p.currentTokenLocation().getLineNr(), name, name + " must be a JSON array");
                    }
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw truncated(p);
                        }
                        recordNo++;
                        cancel.check();
                        long line = p.currentTokenLocation().getLineNr();
                        if (t != JsonToken.START_OBJECT) {
                            throw new BadInputException(file, recordNo, line, name, "each element of " + name + " must be a JSON object");
                        }
                        if (wanted.contains(name)) {
                            handler.element(name, recordNo, line, p.readValueAsTree());
                        } else {
                            p.skipChildren();
                        }
                        if ((recordNo & 255) == 0) {
                            progress.update(in.count(), total, recordNo);
                        }
                    }
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (value == null) {
                    throw truncated(p);
                } else {
                    scalars.put(name, p.readValueAsTree());
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw truncated(p);
            }
            if (p.nextToken() != null) {
                throw new BadInputException(file, 0, p.currentTokenLocation().getLineNr(), null,
                        "there is more data after the JSON object; the file holds more than one document");
            }
            progress.update(total, total, recordNo);
        } catch (JsonProcessingException e) {
            throw JsonErrors.badInput(file, recordNo, e);
        }
        return scalars;
    }

    private BadInputException truncated(JsonParser p) {
        return new BadInputException(file, 0, p.currentLocation().getLineNr(), null,
                "the JSON ends early: the file is truncated. Export it again");
    }

    /** Reads a whole (small) JSON file as a tree, with bad JSON reported by line and column. */
    public static JsonNode readSmall(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw BadInputException.wholeFile(file, "the file is " + size + " bytes; this format is never that big ("
                    + maxBytes + " bytes at most). Is it the right file?");
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            p.setCodec(MAPPER);
            JsonNode node = p.readValueAsTree();
            if (node == null) {
                throw BadInputException.wholeFile(file, "the file holds no JSON value");
            }
            if (p.nextToken() != null) {
                throw new BadInputException(file, 0, p.currentTokenLocation().getLineNr(), null,
                        "there is more data after the JSON value; the file holds more than one document");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw JsonErrors.badInput(file, 0, e);
        }
    }
}
