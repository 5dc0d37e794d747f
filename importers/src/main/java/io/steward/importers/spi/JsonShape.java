package io.steward.importers.spi;

import io.steward.importers.spi.JsonShape;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the start of a JSON document looks like, for detection: the root type, the root object's field
 * names, the field names of the first element of each array (the root array or an array field of the
 * root), and string values of short root fields. Reads a possibly cut-off sample without throwing.
 */
public final class JsonShape {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Root key used in {@link #elementFields} for a root-level array. */
    public static final String ROOT = "";

    public enum Root { OBJECT, ARRAY, NOT_JSON }

    private final Root root;
    private final Set<String> rootFields = new LinkedHashSet<>();
    private final Map<String, Set<String>> elementFields = new HashMap<>();
    private final Map<String, String> rootStrings = new HashMap<>();
    private String syntaxError;

    private JsonShape(Root root) {
        this.root = root;
    }

    static JsonShape of(String text) {
        String t = text.stripLeading();
        if (t.isEmpty() || (t.charAt(0) != '{' && t.charAt(0) != '[')) {
            return new JsonShape(Root.NOT_JSON);
        }
        JsonShape shape = new JsonShape(t.charAt(0) == '{' ? Root.OBJECT : Root.ARRAY);
        try (JsonParser p = FACTORY.createParser(t)) {
            shape.scan(p);
        } catch (IOException e) {
            // A sample is usually cut off mid-document: only errors before the end of the sample count.
            if (!(e instanceof com.fasterxml.jackson.core.io.JsonEOFException)) {
                shape.syntaxError = e.getMessage();
            }
        }
        return shape;
    }

    private void scan(JsonParser p) throws IOException {
        p.nextToken();
        if (root == Root.ARRAY) {
            scanArray(p, ROOT);
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            rootFields.add(name);
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY) {
                scanArray(p, name);
            } else if (value == JsonToken.VALUE_STRING && p.getTextLength() <= 256) {
                rootStrings.put(name, p.getText());
            } else if (value == JsonToken.START_OBJECT) {
                Set<String> fields = new LinkedHashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    fields.add(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
                elementFields.put(name + ".", fields);
            } else {
                p.skipChildren();
            }
        }
    }

    /** Records the field names of the first object in the array, skips the rest. */
    private void scanArray(JsonParser p, String key) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
            Set<String> fields = new LinkedHashSet<>();
            elementFields.put(key, fields);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            t = p.nextToken();
        }
        while (t != null && t != JsonToken.END_ARRAY) {
            p.skipChildren();
            t = p.nextToken();
        }
    }

    public Root root() {
        return root;
    }

    public boolean isJson() {
        return root != Root.NOT_JSON;
    }

    public Set<String> rootFields() {
        return Collections.unmodifiableSet(rootFields);
    }

    public boolean hasRootField(String name) {
        return rootFields.contains(name);
    }

    /**
     * Field names of the first object in the array under {@code arrayField} ({@link #ROOT} for a root array),
     * or of the object under a root field ({@code field + "."}); empty when unknown.
     */
    public Set<String> elementFields(String arrayField) {
        return elementFields.getOrDefault(arrayField, Set.of());
    }

    /** A short string value of a root field, or {@code null}. */
    public String rootString(String field) {
        return rootStrings.get(field);
    }

    /** The parser's complaint when the sample is not well-formed JSON before its end, else {@code null}. */
    public String syntaxError() {
        return syntaxError;
    }
}
