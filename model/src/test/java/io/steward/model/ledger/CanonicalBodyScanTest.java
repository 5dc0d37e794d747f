package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.campaigns.CampaignEntries;
import io.steward.model.json.JsonTrees;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming check ({@link CanonicalBodyScan} behind {@link BodyCanonicality}) against the tree round trip it
 * replaced, kept here as the oracle: parse the body into a tree, check its shape, write it canonically and compare.
 * Every body a real ledger holds, hand-picked edge cases, each of those spoiled in many ways, and random bodies must
 * get the same verdict, the same sentence and, when accepted, the same kind. Where the round trip threw (a fraction
 * it cannot write) the streaming check says the body is not canonical.
 */
class CanonicalBodyScanTest {
    private static final String NOT_CANONICAL = "is not in canonical JSON form";

    @TempDir
    Path dir;

    private int accepted;
    private int refused;
    private int oracleThrew;

    @Test
    void everyBodyOfARealLedgerIsAcceptedWithItsKindAndEverySpoiledCopyGetsTheOldVerdict() throws Exception {
        Path file = dir.resolve("ledger.steward");
        try (Store store = Store.open(file)) {
            writeManyKinds(store);
        }
        Map<Long, byte[]> bodies = bodies(file);
        assertThat(bodies).hasSizeGreaterThan(20);
        Random random = new Random(6122026L);
        for (Map.Entry<Long, byte[]> e : bodies.entrySet()) {
            long seq = e.getKey();
            byte[] body = e.getValue();
            BodyCanonicality.Result r = BodyCanonicality.check(seq, body);
            assertThat(r.problem()).as("entry %d", seq).isNull();
            assertThat(r.kind()).isEqualTo(JsonTrees.parse(body).get("kind").textValue());
            assertSameVerdict(seq + 1, body); // a body moved from another row
            String text = new String(body, StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                assertSameVerdict(seq, spoil(random, text).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(refused).as("spoiled copies refused").isGreaterThan(bodies.size() * 30);
        assertThat(accepted).as("spoiled copies still canonical").isGreaterThan(0);
        assertThat(oracleThrew).as("fractions reached the old writer").isGreaterThan(0);
    }

    @Test
    void edgeCasesGetTheOldVerdict() {
        List<String> payloads = List.of("{}", "[]", "null", "true", "false", "0", "-0", "-1", "1.0", "1e3", "1E400", "-0.0", "1.5",
                "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                "123456789012345678901234567890", "-123456789012345678901234567890", "\"\"", "\"/\"", "\"\\/\"",
                "\"\\u2028\\u2029\"", "\"\u2028\"", "\"\\u0000\\u0001\\u001f\\u007f\"", "\"\\b\\f\\n\\r\\t\"", "\"\\u0008\"",
                "\"\\\"\\\\\"", "\"é中😀\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\u007f\"",
                "{\"a\":1,\"b\":2}", "{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{\"a\":1,\"a\":2}", "{\"A\":1,\"a\":2}",
                "{\"\":1,\"a\":{\"b\":[1,{\"c\":[]}]}}", "{\"a\":{\"d\":1,\"c\":2}}", "[{\"b\":1,\"a\":2}]", "[1,[2,[3,[4]]]]",
                "{\"é\":1,\"z\":2}", "{\"z\":1,\"é\":2}", "{\"😀\":1,\"\uffff\":2}", "{\"\uffff\":1,\"😀\":2}",
                "{ \"a\":1}", "[1, 2]", "[1,2 ]", "\n{}", "{\"a\":1.0}", "[1,2.5]", "{\"a\":[1e2]}", "{\"a\":1,\"a\":1.5}",
                "{\"a\":1.5,\"a\":1}", "{\"a\":", "[1,]", "{,}", "NaN", "tru", "\"" + "x".repeat(5000) + "\"",
                "\"" + "é\\n😀\\u2028".repeat(2000) + "\"", "\"" + "a".repeat(1333) + "😀" + "\"", "\"" + "a".repeat(1332) + "😀" + "\"");
        for (String payload : payloads) {
            String body = "{\"actor\":\"alice\",\"kind\":\"test.decision\",\"payload\":" + payload
                    + ",\"seq\":7,\"subject\":\"item-1\",\"time\":\"2026-12-06T04:00:00.000Z\"}";
            assertSameVerdict(7, body.getBytes(StandardCharsets.UTF_8));
            assertSameVerdict(7, (body + " ").getBytes(StandardCharsets.UTF_8));
        }
        String fine = "{\"actor\":\"alice\",\"kind\":\"k\",\"payload\":{},\"seq\":7,\"subject\":\"s\",\"time\":\"t\"}";
        List<String> bodies = List.of(fine, "", " ", "null", "[]", "7", "\"x\"", "{}", fine + "{}", fine + " x", fine + "\n", " " + fine,
                fine.replace("\"seq\":7", "\"seq\":8"), fine.replace("\"seq\":7", "\"seq\":-7"), fine.replace("\"seq\":7", "\"seq\":7.0"),
                fine.replace("\"seq\":7", "\"seq\":\"7\""), fine.replace("\"seq\":7", "\"seq\":99999999999999999999"),
                fine.replace("\"seq\":7", "\"seq\":{}"), fine.replace("\"seq\":7", "\"seq\":[7]"), fine.replace("\"seq\":7", "\"seq\":07"),
                fine.replace("\"kind\":\"k\"", "\"kind\":1"), fine.replace("\"kind\":\"k\"", "\"kind\":null"),
                fine.replace("\"actor\":\"alice\"", "\"actor\":[]"), fine.replace("\"time\":\"t\"", "\"time\":true"),
                fine.replace("\"subject\":\"s\"", "\"subject\":{\"a\":1}"), fine.replace("\"payload\":{}", "\"payload\":\"p\""),
                fine.replace("\"payload\":{},", ""), fine.replace("}", ",\"extra\":1}"), fine.replace("{", "{\"aaa\":1,"),
                fine.replace("{", "{\"actor\":\"bob\","), fine.replace(",\"seq\":7", ",\"seq\":7,\"seq\":7"),
                fine.replace(",\"seq\":7", ",\"seq\":8,\"seq\":7"), fine.replace("\"kind\":\"k\",", "") + "", fine.replace(":", " : "),
                "{\"kind\":\"k\",\"actor\":\"alice\",\"payload\":{},\"seq\":7,\"subject\":\"s\",\"time\":\"t\"}",
                fine.replace("\"kind\":\"k\"", "\"kind\":\"\\u006b\""), fine.replace("\"kind\":\"k\"", "\"kind\":\"\""),
                fine.substring(0, fine.length() - 1), fine.replace("alice", "al\\u0000ice"), fine.replace("alice", "al\u0000ice"));
        for (String body : bodies) {
            assertSameVerdict(7, body.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(accepted).isGreaterThan(10);
        assertThat(refused).isGreaterThan(50);
        assertThat(oracleThrew).isGreaterThan(0);
    }

    @Test
    void randomBodiesGetTheOldVerdict() {
        Random random = new Random(20261206L);
        for (int i = 0; i < 20_000; i++) {
            long seq = 1 + random.nextInt(3);
            String body = randomBody(random, seq);
            if (random.nextBoolean()) {
                body = canonicalForm(body);
            }
            byte[] bytes = (random.nextInt(4) == 0 ? spoil(random, body) : body).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(50) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // a stray byte, maybe broken UTF-8
            }
            assertSameVerdict(random.nextInt(5) == 0 ? seq + 1 : seq, bytes);
        }
        assertThat(accepted).isGreaterThan(2_000);
        assertThat(refused).isGreaterThan(2_000);
        assertThat(oracleThrew).isGreaterThan(0);
    }

    @Test
    void aHandWrittenHeadWithAFractionIsReportedNotCanonicalInsteadOfStoppingTheVerifier() {
        Path file = dir.resolve("fraction.steward");
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store, Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                ledger.append("alice", TestEntries.DECISION, "item-" + i, TestEntries.note(i));
            }
        }
        new Tamper(file).appendRaw("{\"actor\":\"alice\",\"kind\":\"test.decision\",\"payload\":{\"n\":1.5},\"seq\":4,"
                + "\"subject\":\"item-3\",\"time\":\"2026-12-06T04:00:00.000Z\"}");

        try (Store store = Store.open(file)) {
            VerificationReport r = new LedgerVerifier(store, new ActorKeys(dir.resolve("keys"))).verify((Path) null, VerifyProgress.NONE, () -> false);

            assertThat(r.ok()).isFalse();
            assertThat(r.failure()).contains("Entry 4 " + NOT_CANONICAL);
        }
    }

    // ---- the oracle: the tree round trip as it was ----

    private static final Set<String> FIELDS = Set.of("actor", "kind", "payload", "seq", "subject", "time");

    /** Null when acceptable, the sentence otherwise; throws where the old writer threw. */
    private static String oracle(long seq, byte[] body) {
        JsonNode node;
        try {
            node = JsonTrees.parse(body);
        } catch (IllegalArgumentException e) {
            node = null;
        }
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

    private void assertSameVerdict(long seq, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        BodyCanonicality.Result actual = BodyCanonicality.check(seq, body);
        assertThat(actual.kind() == null).as("exactly one of kind and problem: %s", text).isEqualTo(actual.problem() != null);
        String expected;
        try {
            expected = oracle(seq, body);
        } catch (RuntimeException e) { // the old writer refused a fraction or a string
            oracleThrew++;
            refused++;
            assertThat(actual.problem()).as("%s (old: %s)", text, e.getMessage()).contains(NOT_CANONICAL);
            return;
        }
        assertThat(actual.problem()).as("seq %d, body %s", seq, text).isEqualTo(expected);
        if (expected == null) {
            accepted++;
            assertThat(actual.kind()).as(text).isEqualTo(JsonTrees.parse(body).get("kind").textValue());
        } else {
            refused++;
        }
    }

    // ---- a real ledger with many kinds ----

    private static final String[] TRICKY = {"", "plain", "é中😀", "quote \" backslash \\ slash /", "line\nbreak\ttab\r\b\f",
        "\u0000\u0001\u001f\u007f", "\u2028\u2029", "x".repeat(3000), "é😀\u2028\n".repeat(700), "\ud800 lone", "lone \udc00"};

    private static void writeManyKinds(Store store) {
        Ledger ledger = new Ledger(store, Clock.systemUTC());
        Checkpoints checkpoints = new Checkpoints(ledger, new ActorKeys(store.file().resolveSibling("keys")), Clock.systemUTC());
        long n = 0;
        for (String t : TRICKY) {
            ledger.append("alice", TestEntries.DECISION, t, new TestEntries.Note(n++, t));
        }
        for (long i : new long[] {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L + Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE}) {
            ledger.append("bob", TestEntries.BULK, "n", new TestEntries.Counter(i));
        }
        checkpoints.take("alice");
        List<CampaignEntries.DecidedItem> items = new ArrayList<>();
        for (long i = 0; i < 500; i++) {
            items.add(new CampaignEntries.DecidedItem(i, "svc-" + i + "-é", "h" + Long.toHexString(i * 7919), i % 3 == 0 ? null : i * 1000));
        }
        ledger.append("carol", CampaignEntries.DECIDED, "Q4", new CampaignEntries.Decided("Q4", "revoke", "no longer \"needed\"",
                List.of("read", "write/admin"), items));
        Map<String, Long> reviewers = new LinkedHashMap<>();
        reviewers.put("zoe", 3L);
        reviewers.put("Zed", 1L);
        reviewers.put("émile", 2L);
        reviewers.put("adam", 4L);
        ledger.append("carol", CampaignEntries.OPENED, "Q4", new CampaignEntries.Opened("Q4", 10, "abc", reviewers));
        ledger.append("carol", CampaignEntries.CLOSED, "Q4", new CampaignEntries.Closed("Q4", reviewers, 0, "def"));
        ledger.append("dave", TestEntries.STEP_UP, "grant", new TestEntries.StepUp("approved", "on call", "PT1H"));
        checkpoints.take("bob");
        ledger.append("alice", TestEntries.REVIEW, "r", new TestEntries.Review("Q4", null, "certify"));
    }

    private static Map<Long, byte[]> bodies(Path file) throws Exception {
        Map<Long, byte[]> bodies = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, body FROM ledger_entry ORDER BY seq")) {
            while (rs.next()) {
                bodies.put(rs.getLong(1), rs.getBytes(2));
            }
        }
        return bodies;
    }

    // ---- spoiling and random bodies ----

    /** One change a hand-editor might make, canonical or not afterwards. */
    private static String spoil(Random r, String body) {
        if (body.isEmpty()) {
            return body;
        }
        int at = r.nextInt(body.length());
        return switch (r.nextInt(15)) {
            case 0 -> body.substring(0, at) + List.of(" ", "\n", "\t", "\r\n").get(r.nextInt(4)) + body.substring(at);
            case 1 -> body + List.of(" ", "x", "{}", "}", "]", ",", "\n", "{\"a\":1}").get(r.nextInt(8));
            case 2 -> body.substring(0, at);
            case 3 -> body.replaceFirst("(\"[a-z]+\"):", "$1:$1:"); // a broken repeated key
            case 4 -> body.replaceFirst("([:\\[,])(-?\\d+)([,\\]}])", "$1$2.0$3");
            case 5 -> body.replaceFirst("([:\\[,])(\\d+)([,\\]}])", "$1$2e0$3");
            case 6 -> body.replaceFirst("([:\\[,])0([,\\]}])", "$1-0$2");
            case 7 -> body.replaceFirst("/", "\\\\/");
            case 8 -> body.replaceFirst("a", "\\\\u0061");
            case 9 -> body.replaceFirst("\\{\"([a-z]+)\":([^,{}\\[\\]]+),\"([a-z]+)\":([^,{}\\[\\]]+)", "{\"$3\":$4,\"$1\":$2");
            case 10 -> body.replaceFirst("\\{\"([a-z]+)\":([^,{}\\[\\]]+)", "{\"$1\":$2,\"$1\":$2");
            case 11 -> body.replaceFirst("\\d", Integer.toString(r.nextInt(10)));
            case 12 -> body.replaceFirst("\\\\n", "\\\\u000a");
            case 13 -> body.replaceFirst("([:\\[,])(-?\\d+)([,\\]}])", "$1$2.5$3");
            default -> body.substring(0, at) + body.substring(Math.min(body.length(), at + 1));
        };
    }

    /** The body as the old writer writes it, when it can (random bodies are seldom canonical as made). */
    private static String canonicalForm(String body) {
        try {
            return new String(JsonTrees.bytes(JsonTrees.parse(body.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return body;
        }
    }

    private static final String[] FIELD_ORDER = {"actor", "kind", "payload", "seq", "subject", "time"};

    /** An entry-like object: usually the six fields in order, sometimes not; the payload any JSON value. */
    private static String randomBody(Random r, long seq) {
        List<String> fields = new ArrayList<>(List.of(FIELD_ORDER));
        switch (r.nextInt(12)) {
            case 0 -> fields.remove(r.nextInt(fields.size()));
            case 1 -> fields.add(r.nextInt(fields.size() + 1), "extra");
            case 2 -> java.util.Collections.swap(fields, r.nextInt(fields.size()), r.nextInt(fields.size()));
            case 3 -> fields.add(r.nextInt(fields.size() + 1), fields.get(r.nextInt(fields.size())));
            default -> {
            }
        }
        StringBuilder b = new StringBuilder("{");
        for (String f : fields) {
            b.append(b.length() == 1 ? "" : ",").append('"').append(f).append("\":");
            switch (f) {
                case "payload", "extra" -> b.append(value(r, 0));
                case "seq" -> b.append(r.nextInt(10) == 0 ? value(r, 3) : Long.toString(seq));
                default -> b.append(r.nextInt(15) == 0 ? value(r, 3) : string(r));
            }
        }
        return b.append('}').toString();
    }

    private static String value(Random r, int depth) {
        int pick = depth > 3 ? 2 + r.nextInt(5) : r.nextInt(8);
        return switch (pick) {
            case 0, 7 -> object(r, depth);
            case 1 -> array(r, depth);
            case 2, 3 -> string(r);
            case 4 -> integer(r);
            case 5 -> r.nextInt(8) == 0 ? fraction(r) : List.of("true", "false", "null").get(r.nextInt(3));
            default -> integer(r);
        };
    }

    private static String object(Random r, int depth) {
        int n = r.nextInt(5);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(i > 0 && r.nextInt(10) == 0 ? keys.get(r.nextInt(keys.size())) : string(r));
        }
        if (r.nextInt(4) != 0) {
            keys.sort(null); // JSON-quoted keys sort like the keys in most cases, so these are often canonical
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(keys.get(i)).append(':').append(value(r, depth + 1));
        }
        return b.append('}').toString();
    }

    private static String array(Random r, int depth) {
        int n = r.nextInt(5);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(value(r, depth + 1));
        }
        return b.append(']').toString();
    }

    private static final String[] PIECES = {"a", "b", "kind", "é", "中", "\\n", "\\\"", "\\\\", "\\/", "/", "\\u00e9", "\\u0000",
        "\\u001f", "\\u0008", "\\ud83d\\ude00", "😀", "\\t", "\\b", "\\f", "\\r", "\\u2028", "\u2028", " ", "A", "z", "0", "~",
        "\u007f", "\\ud800", "\uffff"};

    private static String string(Random r) {
        StringBuilder b = new StringBuilder("\"");
        int n = r.nextInt(50) == 0 ? 1000 + r.nextInt(2000) : r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.append('"').toString();
    }

    private static String integer(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> Integer.toString(r.nextInt(100));
            case 1 -> Integer.toString(r.nextInt());
            case 2 -> Long.toString(r.nextLong());
            case 3 -> (r.nextBoolean() ? "-" : "") + "9223372036854775808";
            case 4 -> new java.math.BigInteger(70 + r.nextInt(100), r).negate().toString();
            case 5 -> new java.math.BigInteger(70 + r.nextInt(100), r).toString();
            default -> r.nextBoolean() ? "-0" : "0";
        };
    }

    private static String fraction(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(1000) + ".0";
            case 1 -> r.nextInt(1000) + "." + r.nextInt(1000);
            case 2 -> r.nextInt(10) + "e" + r.nextInt(20);
            default -> "1E" + (300 + r.nextInt(200));
        };
    }
}
