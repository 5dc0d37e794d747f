package io.steward.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.app.Workspace;
import io.steward.exports.inventory.InventoryJson;
import io.steward.model.BadInputException;
import io.steward.model.findings.IdentityAccountability;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.FactOrigin;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.HistoryEntry;
import io.steward.model.inventory.query.IdentityDetail;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.LinkView;
import io.steward.model.inventory.query.Sourced;
import io.steward.model.json.CanonicalJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steward inventory show ID}: one current identity as the console's detail pane shows it, with its
 * credentials, grants, links (resolved to the identity they name), parent and children, its history across the
 * snapshots of its series, and its accountability: risk, open findings, owner and backup, ownership history and
 * owner-hint suggestions.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a current identity in full: facts, risk, open findings (explanation, evidence, fix, references), owner"
                + " and backup, ownership history, owner-hint suggestions, credentials, grants, links, parent and children, and its"
                + " history, merged from every importer that describes it (each credential and grant names the snapshot it came from).",
            "IDENTITY is its key, as 'inventory' lists it, or a stable id, alias or name that names exactly one identity."})
final class InventoryShowCommand extends StewardCommand {
    enum Format { text, json }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Parameters(paramLabel = "IDENTITY", description = "the identity's key, or its stable id, alias (e.g. a GCP e-mail) or name")
    String id;

    @Option(names = "--source", paramLabel = "S", description = "only in this source, when the id exists in several")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json; default: ${DEFAULT-VALUE}")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = openReadOnlyLedger()) {
            InventoryQuery inventory = workspace.inventory();
            List<IdentityRow> named = inventory.resolve(id).stream()
                    .filter(r -> source == null || source.equals(r.source())).toList();
            if (named.isEmpty()) {
                throw new BadInputException(null, null, "no current identity has the key, id or name '" + id + "'"
                        + (source == null ? "" : " in " + source) + ". 'steward inventory --query TEXT' lists identities with their keys.");
            }
            if (named.size() > 1) {
                throw new BadInputException(null, null, "'" + id + "' names " + named.size() + " identities: "
                        + named.stream().limit(10).map(IdentityRow::key).collect(Collectors.joining(", "))
                        + (named.size() > 10 ? ", ..." : "") + ". Give one of these keys.");
            }
            IdentityDetail d = inventory.detail(named.get(0).id()).orElseThrow();
            IdentityAccountability a = IdentityAccountability.read(workspace.accountability(), d.identity().key());
            if (format == Format.json) {
                ArrayNode all = JSON.arrayNode();
                all.add(InventoryShowAccountability.json(json(d), a));
                out().println(CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(all));
            } else {
                text(out(), d, a);
            }
        }
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, IdentityDetail d, IdentityAccountability a) {
        IdentityRow r = d.identity();
        out.printf("%s  (%s, %s)%n", r.name(), r.kind(), r.source());
        field(out, "key", r.key());
        field(out, "id", r.nativeId());
        field(out, "environment", r.environment());
        field(out, "owner hint", r.ownerHint());
        field(out, "enabled", r.enabled() == null ? "not stated" : r.enabled() ? "yes" : "no");
        field(out, "created", time(r.createdAt()));
        field(out, "last used", time(r.lastUsedAt()));
        field(out, "from", d.rows().stream().map(m -> m.origin().label()).collect(Collectors.joining(", ")));
        field(out, "facts", pairs(d.attributes()));
        field(out, "tags", pairs(d.tags()));
        if (d.parent() != null) {
            field(out, "belongs to", row(d.parent()));
        }
        InventoryShowAccountability.text(out, a);
        section(out, "credentials", d.allCredentials(), s -> "[" + s.origin().label() + "] " + credential(s.fact()));
        section(out, "grants", d.allGrants(), s -> "[" + s.origin().label() + "] " + grant(s.fact()));
        section(out, "links", d.allLinks(), l -> l.kind() + " " + l.targetNativeId() + (l.targetSource() == null ? "" : " (" + l.targetSource() + ")")
                + " -> " + (l.target() == null ? "not in the inventory" : row(l.target())));
        section(out, "parts", d.allChildren(), InventoryShowCommand::row);
        section(out, "history", d.history(), h -> "#" + h.snapshotId() + " " + time(h.asOf()) + " " + h.fileName() + ": "
                + h.change().name().toLowerCase(java.util.Locale.ROOT));
        out.println();
    }

    private static String credential(CredentialView c) {
        return c.kind() + " " + c.nativeId() + (c.maskedId() == null ? "" : " " + c.maskedId())
                + (c.active() == null ? "" : c.active() ? ", active" : ", inactive") + ", created " + time(c.createdAt())
                + ", rotated " + time(c.lastRotatedAt()) + ", last used " + time(c.lastUsedAt()) + ", expires " + time(c.expiresAt());
    }

    private static String grant(GrantView g) {
        return g.privilege() + (g.resource() == null ? "" : " on " + g.resource())
                + (g.via() == null ? "" : " via " + g.via()) + (g.condition() == null ? "" : " if " + g.condition());
    }

    static void field(PrintWriter out, String name, String value) {
        out.printf("  %-12s %s%n", name, value == null || value.isEmpty() ? "-" : value);
    }

    static <T> void section(PrintWriter out, String title, List<T> items, java.util.function.Function<T, String> line) {
        out.printf("  %s (%d)%n", title, items.size());
        items.forEach(i -> out.printf("    %s%n", line.apply(i)));
    }

    private static String row(IdentityRow r) {
        return r.name() + " (" + r.kind() + ", " + r.source() + ", id " + r.nativeId() + ")";
    }

    static String time(java.time.Instant t) {
        return t == null ? "-" : CliTimes.show(t, OutputFormat.table) + " UTC";
    }

    private static String pairs(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static ObjectNode origin(FactOrigin f) {
        ObjectNode n = JSON.objectNode();
        n.put("rowId", f.identityId());
        n.put("snapshotId", f.snapshotId());
        n.put("source", f.source());
        n.put("importer", f.importerId());
        return n;
    }

    private static ObjectNode json(IdentityDetail d) {
        ObjectNode o = InventoryJson.identity(d.identity());
        o.put("importer", d.importerId());
        o.set("attributes", CanonicalJson.MAPPER.valueToTree(d.attributes()));
        o.set("tags", CanonicalJson.MAPPER.valueToTree(d.tags()));
        ArrayNode from = o.putArray("from");
        d.rows().forEach(m -> from.add(origin(m.origin())));
        ArrayNode credentials = o.putArray("credentials");
        for (Sourced<CredentialView> c : d.allCredentials()) {
            credentials.add(InventoryJson.credential(c.fact()).set("from", origin(c.origin())));
        }
        ArrayNode grants = o.putArray("grants");
        for (Sourced<GrantView> g : d.allGrants()) {
            grants.add(InventoryJson.grant(g.fact()).set("from", origin(g.origin())));
        }
        ArrayNode links = o.putArray("links");
        for (LinkView l : d.allLinks()) {
            ObjectNode n = links.addObject();
            n.put("kind", l.kind());
            n.put("targetSource", l.targetSource());
            n.put("target", l.targetNativeId());
            n.set("resolved", l.target() == null ? null : InventoryJson.identity(l.target()));
        }
        o.set("parent", d.parent() == null ? null : InventoryJson.identity(d.parent()));
        ArrayNode children = o.putArray("children");
        d.allChildren().forEach(c -> children.add(InventoryJson.identity(c)));
        ArrayNode history = o.putArray("history");
        for (HistoryEntry h : d.history()) {
            ObjectNode n = history.addObject();
            n.put("snapshotId", h.snapshotId());
            n.put("file", h.fileName());
            n.put("asOf", InventoryJson.iso(h.asOf()));
            n.put("change", h.change().name().toLowerCase(java.util.Locale.ROOT));
        }
        return o;
    }
}
