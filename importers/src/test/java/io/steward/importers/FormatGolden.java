package io.steward.importers;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.Importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.importers.secrets.SecretGuard;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.LinkRecord;
import io.steward.model.inventory.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Golden-file harness for importers (formats branch): runs an importer over a fixture through the real
 * screening sink (secret guard included) and compares the normalised output, rendered as stable JSON, with
 * {@code <fixture>.golden.json} beside it. Run with {@code -Dgolden.update=true} to write missing or changed
 * golden files (then review the diff).
 */
public final class FormatGolden {
    public static final Path FIXTURES = Path.of("src/test/resources");
    public static final String SUFFIX = ".golden.json";
    /** The import time the goldens are read at: credentials that expired before it are inactive. */
    public static final Instant AS_OF = Instant.parse("2025-06-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FormatGolden() {
    }

    /** What one import produced, in order. */
    public record Result(String source, Instant generatedAt, List<IdentityRecord> identities, List<ImportIssue> issues, String seriesPart) {
        public IdentityRecord identity(String nativeId) {
            return identities.stream().filter(i -> i.nativeId().equals(nativeId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no identity " + nativeId + " among "
                            + identities.stream().map(IdentityRecord::nativeId).toList()));
        }

        public List<ImportIssue> refused() {
            return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.REFUSED).toList();
        }

        public List<ImportIssue> warnings() {
            return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.WARNING).toList();
        }
    }

    public static Result run(Importer importer, Path file) throws IOException {
        List<IdentityRecord> identities = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        String[] source = new String[1];
        Instant[] generated = new Instant[1];
        String[] part = new String[1];
        ScreeningSink sink = new ScreeningSink(io.steward.importers.secrets.SafeFileName.of(file), SecretGuard.standard(), FormatGolden.AS_OF, event -> {
            if (event instanceof IdentityRecord r) {
                identities.add(r);
            } else if (event instanceof ImportIssue i) {
                issues.add(i);
            } else if (event instanceof ScreeningSink.SourceEvent s) {
                source[0] = s.source();
            } else if (event instanceof ScreeningSink.GeneratedAtEvent g) {
                generated[0] = g.generatedAt();
            } else if (event instanceof ScreeningSink.SeriesPartEvent p) {
                part[0] = p.part();
            }
        });
        importer.read(file, sink, ImportProgress.NONE, Cancellation.NEVER);
        return new Result(source[0], generated[0], identities, issues, part[0]);
    }

    /** Runs the importer over {@code fixture} and compares with its golden file. */
    public static Result assertGolden(Importer importer, Path fixture) throws IOException {
        Result result = run(importer, fixture);
        String actual = render(importer, result);
        Path golden = fixture.resolveSibling(fixture.getFileName() + SUFFIX);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (run with -Dgolden.update=true to create it, then review it)").exists();
        assertThat(actual).as("normalised output of %s over %s", importer.id(), fixture)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        return result;
    }

    public static String render(Importer importer, Result r) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("importer", importer.id());
        root.put("source", r.source());
        root.put("generatedAt", Timestamps.format(r.generatedAt()));
        if (r.seriesPart() != null) {
            root.put("seriesPart", r.seriesPart());
        }
        ArrayNode ids = root.putArray("identities");
        for (IdentityRecord i : r.identities()) {
            ids.add(identity(i));
        }
        ArrayNode issues = root.putArray("issues");
        for (ImportIssue i : r.issues()) {
            ObjectNode n = issues.addObject();
            n.put("severity", i.severity().code());
            n.put("where", i.where());
            n.put("rule", i.rule());
            n.put("message", i.message());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode identity(IdentityRecord i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("nativeId", i.nativeId());
        put(n, "name", i.name());
        n.put("kind", i.kind());
        put(n, "environment", i.environment());
        put(n, "ownerHint", i.ownerHint());
        if (i.enabled() != null) {
            n.put("enabled", i.enabled());
        }
        put(n, "createdAt", Timestamps.format(i.createdAt()));
        put(n, "lastUsedAt", Timestamps.format(i.lastUsedAt()));
        if (!i.attributes().isEmpty()) {
            n.set("attributes", JSON.valueToTree(sorted(i.attributes())));
        }
        if (!i.tags().isEmpty()) {
            n.set("tags", JSON.valueToTree(new TreeMap<>(i.tags())));
        }
        if (!i.credentials().isEmpty()) {
            ArrayNode a = n.putArray("credentials");
            for (CredentialRecord c : i.credentials()) {
                ObjectNode cn = a.addObject();
                cn.put("nativeId", c.nativeId());
                put(cn, "maskedId", c.maskedId());
                cn.put("kind", c.kind());
                if (c.active() != null) {
                    cn.put("active", c.active());
                }
                put(cn, "createdAt", Timestamps.format(c.createdAt()));
                put(cn, "lastRotatedAt", Timestamps.format(c.lastRotatedAt()));
                put(cn, "lastUsedAt", Timestamps.format(c.lastUsedAt()));
                put(cn, "expiresAt", Timestamps.format(c.expiresAt()));
            }
        }
        if (!i.grants().isEmpty()) {
            ArrayNode a = n.putArray("grants");
            for (GrantRecord g : i.grants()) {
                ObjectNode gn = a.addObject();
                gn.put("privilege", g.privilege());
                put(gn, "resource", g.resource());
                put(gn, "via", g.via());
                put(gn, "condition", g.condition());
            }
        }
        if (!i.links().isEmpty()) {
            ArrayNode a = n.putArray("links");
            for (LinkRecord l : i.links()) {
                ObjectNode ln = a.addObject();
                ln.put("kind", l.kind());
                put(ln, "targetSource", l.targetSource());
                ln.put("target", l.targetNativeId());
            }
        }
        if (!i.aliases().isEmpty()) {
            n.set("aliases", JSON.valueToTree(i.aliases()));
        }
        n.put("record", i.recordNo());
        if (i.lineNo() > 0) {
            n.put("line", i.lineNo());
        }
        return n;
    }

    private static Map<String, Object> sorted(Map<String, Object> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v instanceof Instant t ? Timestamps.format(t) : v);
            }
        });
        return out;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
