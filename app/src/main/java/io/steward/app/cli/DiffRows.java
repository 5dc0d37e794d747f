package io.steward.app.cli;

import io.steward.exports.inventory.InventoryJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.inventory.query.ChangeKind;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.CredentialChange;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.FieldChange;
import io.steward.model.inventory.query.GrantChange;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityChange;
import io.steward.model.inventory.query.IdentityRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One change of {@code steward diff}: lines for people, a row for csv, nested objects for JSON. */
final class DiffRows {
    static final List<String> TEXT_COLUMNS = List.of("change", "id", "name", "kind", "types", "details", "key");
    static final List<String> JSON_COLUMNS = List.of("change", "id", "key", "source", "name", "kind", "types", "fields", "credentials",
            "grants");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DiffRows() {
    }

    /** csv: the change with its details joined into one cell. */
    static List<Object> text(IdentityChange c) {
        IdentityRow row = c.row();
        return Arrays.asList(word(c.type()), c.nativeId(), row.name(), row.kind(), types(c), String.join("; ", details(c)), row.key());
    }

    /** table: one line per identity, then one indented line per detail (details are too long for a cell). */
    static void print(java.io.PrintWriter out, IdentityChange c) {
        IdentityRow row = c.row();
        out.printf("%-8s %-20s %s  (%s)  [%s]%n", word(c.type()), row.kind(), row.name(), c.nativeId(), types(c));
        details(c).forEach(d -> out.printf("           %s%n", d));
    }

    static List<String> details(IdentityChange c) {
        List<String> details = new ArrayList<>();
        c.fields().forEach(f -> details.add(f.field() + ": " + shown(f.field(), f.before()) + " -> " + shown(f.field(), f.after())));
        for (CredentialChange x : c.credentials()) {
            String what = x.type() == ChangeType.CHANGED ? ": " + credentialDifferences(x.before(), x.after()) : "";
            details.add("credential " + credentialId(x) + " " + word(x.type()) + what);
        }
        for (GrantChange g : c.grants()) {
            GrantView v = g.after() != null ? g.after() : g.before();
            String what = g.type() == ChangeType.CHANGED ? ": condition " + shown("", g.before().condition()) + " -> "
                    + shown("", g.after().condition()) : "";
            details.add("grant " + v.privilege() + (v.resource() == null ? "" : " on " + v.resource()) + " " + word(g.type()) + what);
        }
        return details;
    }

    private static String credentialDifferences(CredentialView a, CredentialView b) {
        List<String> d = new ArrayList<>();
        differs(d, "active", a.active(), b.active());
        differs(d, "created", a.createdAt(), b.createdAt());
        differs(d, "rotated", a.lastRotatedAt(), b.lastRotatedAt());
        differs(d, "last used", a.lastUsedAt(), b.lastUsedAt());
        differs(d, "expires", a.expiresAt(), b.expiresAt());
        differs(d, "shown as", a.maskedId(), b.maskedId());
        return String.join(", ", d);
    }

    private static void differs(List<String> out, String name, Object a, Object b) {
        if (!java.util.Objects.equals(a, b)) {
            out.add(name + " " + (a == null ? "(none)" : a) + " -> " + (b == null ? "(none)" : b));
        }
    }

    /** Stored text as people read it: enabled 1/0 as true/false, nothing as (none). */
    private static String shown(String field, String value) {
        if (value == null) {
            return "(none)";
        }
        if (field.equals("enabled")) {
            return "1".equals(value) ? "true" : "false";
        }
        return value;
    }

    static List<Object> json(IdentityChange c) {
        IdentityRow row = c.row();
        ArrayNode fields = JSON.arrayNode();
        for (FieldChange f : c.fields()) {
            fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
        }
        ArrayNode credentials = JSON.arrayNode();
        for (CredentialChange x : c.credentials()) {
            ObjectNode o = credentials.addObject().put("change", word(x.type())).put("id", credentialId(x));
            o.set("before", x.before() == null ? null : InventoryJson.credential(x.before()));
            o.set("after", x.after() == null ? null : InventoryJson.credential(x.after()));
        }
        ArrayNode grants = JSON.arrayNode();
        for (GrantChange g : c.grants()) {
            ObjectNode o = grants.addObject().put("change", word(g.type()));
            o.set("before", g.before() == null ? null : InventoryJson.grant(g.before()));
            o.set("after", g.after() == null ? null : InventoryJson.grant(g.after()));
        }
        ArrayNode types = JSON.arrayNode();
        ChangeKind.of(c).forEach(k -> types.add(k.label()));
        return Arrays.asList(word(c.type()), c.nativeId(), row.key(), row.source(), row.name(), row.kind(), types, fields, credentials,
                grants);
    }

    private static String credentialId(CredentialChange x) {
        CredentialView v = x.after() != null ? x.after() : x.before();
        return v.nativeId();
    }

    /** The kinds of change, e.g. "grant-gained, last-use-moved". */
    static String types(IdentityChange c) {
        return String.join(", ", ChangeKind.of(c).stream().map(ChangeKind::label).toList());
    }

    static String word(ChangeType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

}
