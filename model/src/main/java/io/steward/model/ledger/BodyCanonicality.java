package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.JsonTrees;
import java.util.Arrays;
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

    /** The parsed body, or the reason it is not acceptable (exactly one of the two is set). */
    record Result(JsonNode body, String problem) {
    }

    static Result check(long seq, byte[] body) {
        JsonNode node = parsed(body);
        String problem = problem(seq, body, node);
        return new Result(problem == null ? node : null, problem);
    }

    private static JsonNode parsed(byte[] body) {
        try {
            return JsonTrees.parse(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Null when the body is canonical and names its row's seq; otherwise one sentence saying why not. */
    private static String problem(long seq, byte[] body, JsonNode node) {
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
        if (!Arrays.equals(JsonTrees.bytes(node), body)) {
            return "Entry " + seq + " is not in canonical JSON form (spacing, key order or escapes differ): it was not written by Steward.";
        }
        return null;
    }
}
