package io.steward.model.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.steward.model.json.CanonicalJson;
import java.util.regex.Pattern;

/**
 * One kind of ledger entry: the name written into the entry's {@code kind} field and the record its
 * payload is. The payload is written through {@link CanonicalJson}, so a record with the same fields as a
 * hand-built map gives the same bytes. Declare each kind once, as a constant in the package of the job it
 * belongs to, and add it to the catalogue ({@link EntryKinds}); docs/LEDGER.md documents it.
 *
 * @param name        lower-case words joined by dots, e.g. {@code snapshot.imported}
 * @param payloadType the record the payload is written from and read back into
 */
public record EntryKind<P extends Record>(String name, Class<P> payloadType) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    public EntryKind {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an entry kind name is lower-case words joined by dots, got " + name);
        }
        if (payloadType == null || !payloadType.isRecord()) {
            throw new IllegalArgumentException("the payload of " + name + " must be a record");
        }
    }

    public static <P extends Record> EntryKind<P> of(String name, Class<P> payloadType) {
        return new EntryKind<>(name, payloadType);
    }

    /** True when {@code entry} is of this kind. */
    public boolean isKindOf(LedgerEntry entry) {
        return name.equals(entry.kind());
    }

    /** The payload of an entry of this kind, read back into its record. */
    public P payload(LedgerEntry entry) {
        if (!isKindOf(entry)) {
            throw new IllegalArgumentException("entry " + entry.seq() + " is a " + entry.kind() + ", not a " + name);
        }
        return read(entry.payload());
    }

    /** Reads a payload tree into this kind's record. */
    public P read(JsonNode payload) {
        try {
            return Reader.READER.treeToValue(payload, payloadType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the payload is not a " + name + " payload: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Built on the first payload read, not when the kinds are declared: the mapper behind it is a good part of a short
     * command's start, and {@code ledger verify} declares every kind but reads no payload into a record.
     */
    private static final class Reader {
        /** Newer versions may add payload fields; reading an entry ignores the ones this version does not know. */
        static final ObjectReader READER = CanonicalJson.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
