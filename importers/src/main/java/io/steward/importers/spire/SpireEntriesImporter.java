package io.steward.importers.spire;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPIRE registration entries (docs/FORMATS-SUPPORTED.md): {@code spire-server entry show -output json}
 * ({@code {"entries":[…], "next_page_token"}}). SPIFFE ids arrive as {@code {trust_domain, path}} objects
 * (older releases: strings); selector values may contain ':' and are never split; TTLs and times may be
 * strings. The entry is the NHI (SVIDs are short-lived). An entry past {@code expires_at} is disabled.
 * The default {@code -output pretty} text is refused with the command to use instead.
 */
public final class SpireEntriesImporter extends AbstractImporter {
    private final Clock clock;

    public SpireEntriesImporter() {
        this(Clock.systemUTC());
    }

    public SpireEntriesImporter(Clock clock) {
        super("spire-entries", "1",
                "SPIFFE/SPIRE registration entries: spire-server entry show -output json");
        this.clock = clock;
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        if (json.root() == JsonShape.Root.OBJECT && json.hasRootField("entries")) {
            var fields = json.elementFields("entries");
            if (fields.contains("spiffe_id") || fields.contains("parent_id") || fields.contains("selectors")) {
                return Detection.likely(97, "entries with spiffe_id and selectors: SPIRE registration entries");
            }
        }
        if (!json.isJson() && sample.text().contains("Entry ID") && sample.text().contains("SPIFFE ID")) {
            return Detection.likely(90, "spire-server entry show's pretty text output");
        }
        return Detection.no("no SPIRE entries");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        if (!FileSample.of(file).json().isJson()) {
            throw BadInputException.wholeFile(file, "this is spire-server's pretty text output, which cannot be read reliably. "
                    + "Run: spire-server entry show -output json > entries.json and import that file");
        }
        ScreenedJson.read(file, false, List.of("entries"), false, sink, progress, cancel, (envelope, had) -> {
            if (!envelope.path("next_page_token").asText("").isEmpty()) {
                sink.warning(0, 0, "next_page_token", "incomplete-page", "the file is one page of a longer list (next_page_token is "
                        + "set); entries on later pages are not in this snapshot");
            }
        }, r -> {
            String td = trustDomain(r.at("spiffe_id"));
            sink.source(td == null ? "spiffe" : "spiffe:" + td);
            sink.identity(map(r));
        });
    }

    private IdentityRecord map(JsonRecord r) {
        String id = r.require("id", "the entry id");
        String spiffeId = spiffeId(r, "spiffe_id");
        String parentId = spiffeId(r, "parent_id");
        if (spiffeId == null) {
            throw r.bad("spiffe_id", "is missing; every entry has a SPIFFE ID");
        }
        boolean downstream = Boolean.TRUE.equals(r.bool("downstream", Boolean.FALSE));
        boolean admin = Boolean.TRUE.equals(r.bool("admin", Boolean.FALSE));
        Instant expires = r.time("expires_at");
        List<String> selectors = new ArrayList<>();
        String k8sNs = null;
        String k8sSa = null;
        for (JsonNode s : r.list("selectors")) {
            String type = s.path("type").asText("");
            String value = s.path("value").asText("");
            selectors.add(type + ":" + value);
            if ("k8s".equals(type) && value.startsWith("ns:")) {
                k8sNs = value.substring(3);
            } else if ("k8s".equals(type) && value.startsWith("sa:")) {
                k8sSa = value.substring(3);
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("spiffeId", spiffeId);
        attributes.put("parentId", parentId);
        attributes.put("selectors", selectors);
        attributes.put("x509SvidTtlSeconds", r.number("x509_svid_ttl"));
        attributes.put("jwtSvidTtlSeconds", r.number("jwt_svid_ttl"));
        attributes.put("expiresAt", expires);
        attributes.put("dnsNames", r.texts("dns_names"));
        attributes.put("storeSvid", r.bool("store_svid", null));
        attributes.put("revision", r.number("revision_number"));
        attributes.put("hint", r.text("hint"));
        List<GrantRecord> grants = new ArrayList<>();
        if (admin) {
            grants.add(new GrantRecord("spire:admin", "spire-server", "entry", null));
        }
        if (downstream) {
            grants.add(new GrantRecord("spire:downstream", "spire-server", "entry", null));
        }
        for (String fed : r.texts("federates_with")) {
            grants.add(new GrantRecord("federates-with", fed, "entry", null));
        }
        String kind = downstream ? "spire-downstream" : parentId != null && parentId.endsWith("/spire/server") ? "spire-node-alias"
                : "spiffe-workload";
        String owner = r.text("hint") != null ? r.text("hint")
                : k8sNs != null ? "k8s " + k8sNs + (k8sSa == null ? "" : "/" + k8sSa) : null;
        return r.identity(id, kind)
                .name(spiffeId)
                .ownerHint(owner)
                .enabled(expires == null || expires.isAfter(clock.instant()))
                .createdAt(r.time("created_at"))
                .attributes(attributes)
                .grants(grants)
                .links(parentId == null ? List.of() : List.of(new LinkRecord("child-of", trustDomainSource(parentId), parentId)))
                .build();
    }

    private static String trustDomain(JsonNode id) {
        if (id.isObject()) {
            return id.path("trust_domain").asText(null);
        }
        String s = id.asText("");
        if (s.startsWith("spiffe://")) {
            int slash = s.indexOf('/', 9);
            return slash < 0 ? s.substring(9) : s.substring(9, slash);
        }
        return null;
    }

    private static String trustDomainSource(String spiffeId) {
        String td = trustDomain(com.fasterxml.jackson.databind.node.TextNode.valueOf(spiffeId));
        return td == null ? null : "spiffe:" + td;
    }

    /** spiffe://trust_domain/path from an object {trust_domain, path} or a string. */
    private static String spiffeId(JsonRecord r, String field) {
        JsonNode n = r.at(field);
        if (n.isObject()) {
            String td = r.text(field + ".trust_domain");
            if (td == null) {
                throw r.bad(field + ".trust_domain", "is missing");
            }
            String path = r.text(field + ".path");
            return "spiffe://" + td + (path == null ? "" : path.startsWith("/") ? path : "/" + path);
        }
        return r.text(field);
    }
}
