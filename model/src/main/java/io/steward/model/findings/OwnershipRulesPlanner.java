package io.steward.model.findings;

import io.steward.model.BadInputException;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.OwnerKind;
import io.steward.model.owners.OwnerNames;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.OwnershipRule;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Works out what a rules file would change, set-based: each rule, in file order, claims the current principals it
 * matches that no earlier rule claimed (first match wins); identities whose owner and backup already are what their
 * rule says are left out. Owners are checked against the people directory first, errors naming line and column.
 */
public final class OwnershipRulesPlanner {
    private OwnershipRulesPlanner() {
    }

    /** {@code storedName} is the rules file's name as the ledger may keep it (see {@link io.steward.model.FileNames}). */
    public static List<PlannedAssignment> plan(Store store, Path file, String storedName, List<OwnershipRule> rules, boolean allowUnknown) {
        return store.read(ctx -> {
            Map<Integer, Assignment> byLine = new HashMap<>();
            for (OwnershipRule r : rules) {
                OwnerRef owner = resolve(ctx, file, r.line(), r.ownerColumn(), r.owner(), allowUnknown);
                OwnerRef backup = r.backup() == null ? null : resolve(ctx, file, r.line(), r.backupColumn(), r.backup(), allowUnknown);
                byLine.put(r.line(), new Assignment(owner, backup, r.reasonOr(storedName),
                        "rules:" + storedName + ":" + r.line()));
            }
            ctx.execute("DROP TABLE IF EXISTS temp.rule_match");
            ctx.execute("CREATE TEMP TABLE rule_match (identity_key TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID");
            try {
                for (OwnershipRule r : rules) {
                    List<Object> binds = new ArrayList<>();
                    binds.add(r.line());
                    String where = conditions(r, binds);
                    ctx.execute("INSERT OR IGNORE INTO temp.rule_match (identity_key, line) SELECT i.identity_key, ? FROM identity i"
                            + " JOIN snapshot s ON s.id = i.snapshot_id WHERE i.current = 1 AND i.parent_id IS NULL" + where,
                            binds.toArray());
                }
                // read as a cursor: a million matches held as one result besides the plan ran a 512 MB heap out
                try (Cursor<Record> rows = ctx.fetchLazy("SELECT m.identity_key, m.line, (SELECT x.name FROM identity x"
                        + " WHERE x.identity_key = m.identity_key AND x.current = 1 LIMIT 1), o.owner, o.owner_kind, o.backup,"
                        + " o.backup_kind, o.reason, o.assigned_at, o.assigned_by, o.ledger_seq FROM temp.rule_match m"
                        + " LEFT JOIN identity_owner o ON o.identity_key = m.identity_key ORDER BY m.line, m.identity_key")) {
                    return changes(rows, byLine);
                }
            } finally {
                ctx.execute("DROP TABLE IF EXISTS temp.rule_match");
            }
        });
    }

    /** The matches whose owner and backup differ from what their rule says, as planned assignments. */
    private static List<PlannedAssignment> changes(Cursor<Record> rows, Map<Integer, Assignment> byLine) {
        List<PlannedAssignment> plan = new ArrayList<>();
        for (Record row : rows) {
            String key = row.get(0, String.class);
            Assignment a = byLine.get(row.get(1, Integer.class));
            CurrentOwner previous = row.get(3) == null ? null : new CurrentOwner(key,
                    new OwnerRef(row.get(3, String.class), OwnerKind.of(row.get(4, String.class))),
                    row.get(5) == null ? null : new OwnerRef(row.get(5, String.class), OwnerKind.of(row.get(6, String.class))),
                    row.get(7, String.class), io.steward.model.inventory.Timestamps.parse(row.get(8, String.class)),
                    row.get(9, String.class), row.get(10, Long.class));
            if (!a.sameAs(previous)) {
                plan.add(new PlannedAssignment(key, row.get(2, String.class), previous, a));
            }
        }
        return plan;
    }

    private static OwnerRef resolve(DSLContext ctx, Path file, int line, int column, String name, boolean allowUnknown) {
        try {
            return OwnerNames.resolve(ctx, name, allowUnknown);
        } catch (BadInputException e) {
            throw new BadInputException(file, "line " + line + ", column " + column, e.getMessage());
        }
    }

    /** Case-insensitive globs over the identity and its snapshot's source. */
    private static String conditions(OwnershipRule r, List<Object> binds) {
        StringBuilder sb = new StringBuilder();
        if (r.source() != null) {
            sb.append(" AND lower(s.source) GLOB lower(?)");
            binds.add(r.source());
        }
        if (r.scope() != null) {
            sb.append(" AND lower(substr(s.source, instr(s.source, ':') + 1)) GLOB lower(?)");
            binds.add(r.scope());
        }
        if (r.namespace() != null) {
            sb.append(" AND (lower(json_extract(i.attributes, '$.namespace')) GLOB lower(?)"
                    + " OR lower(i.native_id) GLOB lower('system:serviceaccount:' || ? || ':*') OR lower(i.native_id) GLOB lower(? || '/*'))");
            binds.add(r.namespace());
            binds.add(r.namespace());
            binds.add(r.namespace());
        }
        if (r.name() != null) {
            sb.append(" AND i.name_key GLOB lower(?)");
            binds.add(r.name());
        }
        if (r.kind() != null) {
            sb.append(" AND lower(i.kind) GLOB lower(?)");
            binds.add(r.kind());
        }
        for (var tag : r.tags().entrySet()) {
            sb.append(" AND EXISTS (SELECT 1 FROM json_each(i.tags) t WHERE lower(t.key) = lower(?) AND lower(t.value) GLOB lower(?))");
            binds.add(tag.getKey());
            binds.add(tag.getValue());
        }
        return sb.toString();
    }
}
