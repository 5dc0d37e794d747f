package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.JsonTrees;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a stored body is exactly what {@link Ledger#append} writes: canonical JSON of an object with
 * the six entry fields, its {@code seq} equal to the row's. A hash over garbage is still a valid hash, so
 * without this check a hand-written head would verify, break {@code ledger show} and be signed.
 */
final class BodyCanonicality {
    private static final Set<String> FIELDS = Set.of("actor", "kind", "payload", "seq", "subject", "time");

    private BodyCanonicality() {
    }

    /** The entry's kind, or the reason the body is not acceptable (exactly one of the two is set). */
    record Result(String kind, String problem) {
    }

    /**
     * Decides in one streaming pass ({@link CanonicalBodyScan}); only a refused body, which ends verification, is
     * parsed into a tree to say which rule it breaks.
     */
    static Result check(long seq, byte[] body) {
        String kind = CanonicalBodyScan.kindIfCanonical(seq, body);
        return kind != null ? new Result(kind, null) : new Result(null, problem(seq, parsed(body)));
    }

    private static JsonNode parsed(byte[] body) {
        try {
            return JsonTrees.parse(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Why the scan refused a body, as one sentence: the first shape rule its tree breaks, or else its form (spacing,
     * key order, repeated keys, escapes, fractions, text after the object).
     */
    private static String problem(long seq, JsonNode node) {
        if (node == null) {
            return "Entry " + seq + " is not JSON: it was not written by Steward.";
        }
        if (!node.isObject()) {
            return "Entry " + seq + " is not a JSON object: it was not written by Steward.";
        }
        Set<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        if (!names.equals(FIELDS)) {
            return "Entry " + seq + " has the fields " + names + " instead of " + new TreeSet<>(FIELDS) + ": it was not written by Steward.";
        }
        JsonNode s = node.get("seq");
        if (!s.isIntegralNumber() || !s.canConvertToLong() || s.asLong() != seq) {
            return "Entry " + seq + " says it is entry " + s + ": its body was moved from another row.";
        }
        for (String text : new String[] {"actor", "kind", "subject", "time"}) {
            if (!node.get(text).isTextual()) {
                return "Entry " + seq + "'s " + text + " is not a string: it was not written by Steward.";
            }
        }
        return "Entry " + seq + " is not in canonical JSON form (spacing, key order or escapes differ): it was not written by Steward.";
    }
}
