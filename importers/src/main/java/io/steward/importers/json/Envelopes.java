package io.steward.importers.json;

import io.steward.importers.spi.JsonShape;
import java.util.Collection;
import java.util.Set;

/**
 * Detection over envelope variants (docs/FORMATS-SUPPORTED.md): the field names of the first record whether the
 * records come as a bare array or under one of the given root fields.
 */
public final class Envelopes {
    private Envelopes() {
    }

    /** Field names of the first record: of the root array, else of the first listed envelope field that has one. */
    public static Set<String> recordFields(JsonShape shape, String... envelopeFields) {
        if (shape.root() == JsonShape.Root.ARRAY) {
            return shape.elementFields(JsonShape.ROOT);
        }
        if (shape.root() == JsonShape.Root.OBJECT) {
            for (String field : envelopeFields) {
                Set<String> fields = shape.elementFields(field);
                if (!fields.isEmpty()) {
                    return fields;
                }
            }
        }
        return Set.of();
    }

    public static boolean hasAll(Set<String> fields, Collection<String> wanted) {
        return fields.containsAll(wanted);
    }

    /** How many of {@code wanted} are among {@code fields}. */
    public static int count(Set<String> fields, Collection<String> wanted) {
        int n = 0;
        for (String w : wanted) {
            if (fields.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
