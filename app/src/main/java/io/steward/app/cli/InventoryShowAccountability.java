package io.steward.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.exports.inventory.InventoryJson;
import io.steward.model.findings.IdentityAccountability;
import io.steward.model.findings.Suggestion;
import io.steward.model.inventory.query.Risk;
import io.steward.model.owners.CurrentOwner;
import java.io.PrintWriter;

/** What {@code inventory show} prints of an identity's {@link IdentityAccountability}, as text and as JSON. */
final class InventoryShowAccountability {
    private InventoryShowAccountability() {
    }

    static void text(PrintWriter out, IdentityAccountability a) {
        Risk risk = a.risk();
        InventoryShowCommand.field(out, "risk", risk.describe());
        InventoryShowCommand.field(out, "owner", a.owner().map(InventoryShowAccountability::assignment).orElse("none assigned"));
        InventoryShowCommand.section(out, "findings", a.findings(), f -> "[" + f.severity().id() + "] " + f.rule().id() + ": " + f.rule().title()
                + " (" + FindingsCommand.status(f) + ")"
                + (f.acceptance() == null ? "" : ", by " + f.acceptance().acceptedBy() + ": " + f.acceptance().reason())
                + "\n      why:        " + f.rule().explanation()
                + "\n      evidence:   " + f.evidence()
                + "\n      fix:        " + f.rule().fix()
                + "\n      references: " + String.join("; ", f.rule().references()));
        InventoryShowCommand.section(out, "ownership history", a.history(), InventoryShowAccountability::assignment);
        InventoryShowCommand.section(out, "suggestions", a.suggestions(), s -> "owner hint '" + s.hint() + "' from " + s.source() + ": "
                + (s.suggested() == null ? "names nobody in the people directory" : "names " + s.suggested()));
    }

    /** "team:payments, backup alice@example.com: the team runs it (2025-07-15 12:00 UTC by alice)". */
    private static String assignment(CurrentOwner c) {
        return c.owner() + (c.backup() == null ? "" : ", backup " + c.backup()) + ": " + c.reason() + " ("
                + InventoryShowCommand.time(c.assignedAt()) + " by " + c.assignedBy() + ")";
    }

    /** Adds risk, openFindings, findings, owner, ownerHistory and suggestions to {@code o}. */
    static ObjectNode json(ObjectNode o, IdentityAccountability a) {
        Risk risk = a.risk();
        o.put("risk", risk.level().id());
        o.put("openFindings", risk.findings());
        ArrayNode f = o.putArray("findings");
        a.findings().forEach(finding -> FindingsCommand.json(f.addObject(), finding));
        o.set("owner", a.owner().map(c -> json(o.objectNode(), c)).orElse(null));
        ArrayNode h = o.putArray("ownerHistory");
        a.history().forEach(c -> json(h.addObject(), c));
        ArrayNode s = o.putArray("suggestions");
        for (Suggestion suggestion : a.suggestions()) {
            ObjectNode n = s.addObject();
            n.put("hint", suggestion.hint());
            n.put("source", suggestion.source());
            n.put("suggested", suggestion.suggested() == null ? null : suggestion.suggested().toString());
        }
        return o;
    }

    private static ObjectNode json(ObjectNode n, CurrentOwner c) {
        n.put("owner", c.owner().name());
        n.put("ownerKind", c.owner().kind().id());
        n.put("backup", c.backup() == null ? null : c.backup().name());
        n.put("backupKind", c.backup() == null ? null : c.backup().kind().id());
        n.put("reason", c.reason());
        n.put("assignedAt", InventoryJson.iso(c.assignedAt()));
        n.put("assignedBy", c.assignedBy());
        n.put("ledgerSeq", c.ledgerSeq());
        return n;
    }
}
