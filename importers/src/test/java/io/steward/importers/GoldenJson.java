package io.steward.importers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.LinkRecord;
import io.steward.model.inventory.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Deterministic JSON of what an importer emitted, for golden files (timestamps in the stored form). */
final class GoldenJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private GoldenJson() {
    }

    static Object of(Object event) {
        if (event instanceof ScreeningSink.SourceEvent s) {
            return Map.of("source", s.source());
        }
        if (event instanceof ScreeningSink.SeriesPartEvent p) {
            return Map.of("seriesPart", p.part());
        }
        if (event instanceof ScreeningSink.GeneratedAtEvent g) {
            return Map.of("generatedAt", Timestamps.format(g.generatedAt()));
        }
        if (event instanceof ImportIssue i) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(i.severity().code(), i.rule());
            m.put("record", i.recordNo());
            m.put("line", i.lineNo());
            m.put("field", i.field());
            m.put("message", i.message());
            return m;
        }
        if (event instanceof IdentityRecord r) {
            return identity(r);
        }
        throw new IllegalArgumentException("unexpected event " + event);
    }

    private static Map<String, Object> identity(IdentityRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.nativeId());
        m.put("name", r.name());
        m.put("kind", r.kind());
        m.put("environment", r.environment());
        m.put("owner", r.ownerHint());
        m.put("enabled", r.enabled());
        m.put("createdAt", t(r.createdAt()));
        m.put("lastUsedAt", t(r.lastUsedAt()));
        m.put("record", r.recordNo());
        m.put("line", r.lineNo());
        Map<String, Object> attributes = new TreeMap<>();
        r.attributes().forEach((k, v) -> attributes.put(k, v instanceof Instant i ? t(i) : v));
        m.put("attributes", attributes);
        m.put("tags", new TreeMap<>(r.tags()));
        if (!r.aliases().isEmpty()) {
            m.put("aliases", r.aliases());
        }
        List<Object> credentials = new ArrayList<>();
        for (CredentialRecord c : r.credentials()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.nativeId());
            cm.put("masked", c.maskedId());
            cm.put("kind", c.kind());
            cm.put("active", c.active());
            cm.put("createdAt", t(c.createdAt()));
            cm.put("lastRotatedAt", t(c.lastRotatedAt()));
            cm.put("lastUsedAt", t(c.lastUsedAt()));
            cm.put("expiresAt", t(c.expiresAt()));
            credentials.add(cm);
        }
        m.put("credentials", credentials);
        List<Object> grants = new ArrayList<>();
        for (GrantRecord g : r.grants()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("privilege", g.privilege());
            gm.put("resource", g.resource());
            gm.put("via", g.via());
            gm.put("condition", g.condition());
            grants.add(gm);
        }
        m.put("grants", grants);
        List<Object> links = new ArrayList<>();
        for (LinkRecord l : r.links()) {
            links.add(l.kind() + " " + l.targetSource() + " " + l.targetNativeId());
        }
        m.put("links", links);
        List<Object> children = new ArrayList<>();
        r.children().forEach(c -> children.add(identity(c)));
        m.put("children", children);
        return m;
    }

    private static String t(Instant i) {
        return Timestamps.format(i);
    }
}
