package io.steward.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.CredentialChange;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.FieldChange;
import io.steward.model.inventory.query.GrantChange;
import io.steward.model.inventory.query.IdentityChange;
import io.steward.model.inventory.query.IdentityRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One change of {@code steward diff} as a row: a one-line summary for people, nested objects for JSON. */
final class DiffRows {
    static final List<String> TEXT_COLUMNS = List.of("change", "id", "name", "kind", "details");
    static final List<String> JSON_COLUMNS = List.of("change", "id", "source", "name", "kind", "fields", "credentials", "grants");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DiffRows() {
    }

    static List<Object> text(IdentityChange c) {
        IdentityRow row = c.row();
        List<String> details = new ArrayList<>();
        c.fields().forEach(f -> details.add(f.field() + " " + quote(f.before()) + " -> " + quote(f.after())));
        c.credentials().forEach(x -> details.add("credential " + credentialId(x) + " " + word(x.type())));
        c.grants().forEach(g -> details.add("grant " + (g.after() != null ? g.after() : g.before()).privilege() + " " + word(g.type())));
        return Arrays.asList(word(c.type()), c.nativeId(), row.name(), row.kind(), String.join("; ", details));
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
        return Arrays.asList(word(c.type()), c.nativeId(), row.source(), row.name(), row.kind(), fields, credentials, grants);
    }

    private static String credentialId(CredentialChange x) {
        CredentialView v = x.after() != null ? x.after() : x.before();
        return v.nativeId();
    }

    static String word(ChangeType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static String quote(String v) {
        return v == null ? "(none)" : "'" + v + "'";
    }
}
