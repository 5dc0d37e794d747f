package io.steward.exports.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.exports.inventory.InventoryExport.Selection;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityPage;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.inventory.query.SnapshotFixtures;
import io.steward.model.inventory.query.Sourced;
import io.steward.model.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed JSON listing (children read per page from the page's rows, arrays written straight into the generator)
 * is byte for byte what the listing wrote when it read each page's children by identity key and printed a Jackson tree
 * per row: here rebuilt that way from the public queries, over a real ledger in which two importers describe some
 * principals (facts and children merged), across more than one page, with empty and null fields.
 */
class InventoryJsonShapeTest {
    static final String SOURCE = "aws:111111111111";
    static final int USERS = 1_300; // two pages of InventoryExport.PAGE
    static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Store store;
    InventoryQuery query;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("ledger.steward"));
        List<IdentityRecord> report = new ArrayList<>();
        List<IdentityRecord> details = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String arn = "arn:aws:iam::111111111111:user/svc-" + i;
            List<CredentialRecord> keys = new ArrayList<>();
            for (int k = 0; k < (i + 1) % 3; k++) { // none, one or two, some with unknown fields
                keys.add(new CredentialRecord("key" + (k + 1), "AKIA****" + i + k, "aws-access-key", k == 0 ? Boolean.TRUE : null,
                        T0.plusSeconds(i), k == 0 ? T0.plusSeconds(2L * i) : null, null, k == 1 ? T0.plusSeconds(86_400) : null));
            }
            report.add(IdentityRecord.builder(arn, "iam-user").name(String.format("svc-%04d", USERS - i))
                    .enabled(i % 7 == 0 ? null : i % 2 == 0).createdAt(i % 5 == 0 ? null : T0.plusSeconds(i))
                    .lastUsedAt(i % 4 == 0 ? null : T0.plusSeconds(3L * i)).credentials(keys)
                    .grants(i % 2 == 0 ? List.of() : List.of(new GrantRecord("s3:GetObject", "arn:aws:s3:::b" + i + "/*", "policy/reader", null)))
                    .at(i + 1, i + 2).build());
            if (i % 3 == 0) { // a second importer describes every third user: owner, creation, a grant and a key of its own
                details.add(IdentityRecord.builder(arn, "iam-user").name(String.format("svc-%04d", USERS - i)).ownerHint("team-" + i % 4)
                        .environment(i % 6 == 0 ? "prod" : null).createdAt(T0.minusSeconds(i)).lastUsedAt(T0.plusSeconds(5L * i))
                        .credentials(List.of(new CredentialRecord("signing-1", "cert-" + i, "signing-certificate", false, T0, null, null, null)))
                        .grants(List.of(new GrantRecord("arn:aws:iam::aws:policy/ReadOnlyAccess", "*", "attached", "{\"Bool\":\"x\"}"),
                                new GrantRecord("sts:AssumeRole", "arn:aws:iam::111111111111:role/r" + i, "inline/\"quoted\"\n", null)))
                        .at(i + 1, i + 2).build());
            }
        }
        details.add(IdentityRecord.builder("arn:aws:iam::111111111111:user/only-details", "iam-user").name("zz-only-details")
                .ownerHint("=cmd|' /C calc'!A0").at(1, 1).build());
        SnapshotFixtures fixtures = new SnapshotFixtures(store);
        fixtures.write(SOURCE, "aws-credential-report", T0, report);
        fixtures.write(SOURCE, "aws-authorization-details", T0, details);
        query = new InventoryQuery(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void streamedJsonIsByteForByteThePreviousListing() throws Exception {
        for (IdentitySort sort : List.of(IdentitySort.NAME, IdentitySort.CREATED)) {
            Selection all = Selection.all(IdentityFilter.ALL, sort, sort == IdentitySort.CREATED);
            String streamed = streamed(all);

            assertThat(streamed).as(sort.name()).isEqualTo(previous(all));
            JsonNode rows = JSON.readTree(streamed);
            assertThat(rows).hasSize(USERS + 1);
            JsonNode merged = find(rows, "arn:aws:iam::111111111111:user/svc-3");
            assertThat(merged.get("ownerHint").asText()).as("a fact of the second importer's row").isEqualTo("team-3");
            assertThat(merged.get("credentials")).as("both rows' credentials").hasSize(1 + 1);
            assertThat(merged.get("grants")).hasSize(1 + 2);
            assertThat(find(rows, "arn:aws:iam::111111111111:user/svc-4").get("credentials")).hasSize(2);
        }
        assertThat(streamed(new Selection(IdentityFilter.ALL, IdentitySort.NAME, false, 1_001)))
                .isEqualTo(previous(new Selection(IdentityFilter.ALL, IdentitySort.NAME, false, 1_001)));
    }

    @Test
    void csvCountsTheCredentialsAndGrantsTheJsonLists() throws Exception {
        Selection all = Selection.all(IdentityFilter.ALL, IdentitySort.NAME, false);
        JsonNode rows = JSON.readTree(streamed(all));
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new InventoryExport(query).write(all, ExportFormat.CSV, out, InventoryExport.Progress.NONE, () -> false);
        }
        String[] lines = text.toString().split("\n");
        assertThat(lines[0]).endsWith(",credentials,grants");
        assertThat(lines).hasSize(USERS + 2);
        int merged = 0;
        for (int i = 0; i < USERS + 1; i++) {
            String[] cells = lines[i + 1].split(",");
            JsonNode row = rows.get(i);
            assertThat(cells[0]).isEqualTo(row.get("key").asText());
            assertThat(cells[cells.length - 2]).as(cells[0]).isEqualTo(String.valueOf(row.get("credentials").size()));
            assertThat(cells[cells.length - 1]).as(cells[0]).isEqualTo(String.valueOf(row.get("grants").size()));
            merged += row.get("ownerHint").isNull() ? 0 : 1;
        }
        assertThat(merged).as("rows with the second importer's facts, children counted from both rows").isGreaterThan(400);
    }

    @Test
    void anEmptySelectionIsAnEmptyArray() throws Exception {
        Selection none = Selection.all(new IdentityFilter(null, null, null, "no-such-owner", null, null), IdentitySort.NAME, false);
        assertThat(streamed(none)).isEqualTo(previous(none)).isEqualTo("[]" + System.lineSeparator());
    }

    private String streamed(Selection s) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new InventoryExport(query).write(s, ExportFormat.JSON, out, InventoryExport.Progress.NONE, () -> false);
        }
        return text.toString();
    }

    /** The listing as it was written before: children by key per page, one tree per row, each written by the mapper. */
    private String previous(Selection s) throws Exception {
        StringJoiner rows = new StringJoiner(",\n", "[\n", "\n]");
        rows.setEmptyValue("[]");
        long limit = s.limit() == 0 ? Long.MAX_VALUE : s.limit();
        PageRequest first = PageRequest.first(s.filter(), s.sort(), s.descending(), (int) Math.min(InventoryExport.PAGE, limit));
        long done = 0;
        IdentityPage page = query.page(first);
        while (true) {
            List<IdentityRow> list = page.rows().subList(0, (int) Math.min(page.rows().size(), limit - done));
            List<String> keys = list.stream().map(IdentityRow::key).toList();
            Map<String, List<Sourced<CredentialView>>> credentials = query.credentialsByKey(keys);
            Map<String, List<Sourced<GrantView>>> grants = query.grantsByKey(keys);
            for (IdentityRow r : list) {
                rows.add(JSON.writeValueAsString(tree(r, facts(credentials.get(r.key())), facts(grants.get(r.key())))));
            }
            done += list.size();
            if (!page.hasNext() || done >= limit) {
                return rows + System.lineSeparator();
            }
            page = query.page(first.next(page.next()));
        }
    }

    private static ObjectNode tree(IdentityRow r, List<CredentialView> credentials, List<GrantView> grants) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", r.key());
        o.put("id", r.nativeId());
        o.put("rowId", r.id());
        o.put("source", r.source());
        o.put("kind", r.kind());
        o.put("name", r.name());
        o.put("environment", r.environment());
        o.put("ownerHint", r.ownerHint());
        o.put("enabled", r.enabled());
        o.put("createdAt", InventoryJson.iso(r.createdAt()));
        o.put("lastUsedAt", InventoryJson.iso(r.lastUsedAt()));
        o.put("risk", r.risk() == null ? null : r.risk().level().id());
        o.put("openFindings", r.risk() == null ? null : r.risk().findings());
        ArrayNode c = o.putArray("credentials");
        credentials.forEach(x -> c.add(InventoryJson.credential(x)));
        ArrayNode g = o.putArray("grants");
        grants.forEach(x -> g.add(InventoryJson.grant(x)));
        return o;
    }

    private static <T> List<T> facts(List<Sourced<T>> sourced) {
        return sourced == null ? List.of() : sourced.stream().map(Sourced::fact).toList();
    }

    private static JsonNode find(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row with key " + key);
    }
}
