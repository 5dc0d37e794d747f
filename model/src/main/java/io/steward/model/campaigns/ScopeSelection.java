package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.campaigns.ReviewFacts.GrantFact;
import io.steward.model.campaigns.ReviewFacts.Ownership;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Reads the identities a scope selects, with their credentials, grants and governance facts, in a few
 * streaming queries (one pass per table), so opening a campaign over 100,000 identities stays fast. Only
 * top-level identities are items: an identity that belongs to another (an IAM user's access key) is
 * reviewed with its parent.
 */
final class ScopeSelection {
    /** The identities in scope, in identity-key order, and the facts read with them. */
    record Selected(List<Candidate> candidates, Map<String, Ownership> owners, Map<String, List<FindingFact>> findings,
                    Map<String, List<GrantFact>> grants) {
    }

    private ScopeSelection() {
    }

    static Selected select(DSLContext ctx, CampaignScope scope, ReviewFacts facts, String onlyKey) {
        Map<String, Ownership> owners = facts.owners().current(ctx);
        Map<String, List<FindingFact>> findings = facts.findings().open(ctx);
        Map<String, List<GrantFact>> grants = facts.stepUpGrants().active(ctx);
        return ctx.connectionResult(c -> {
            LinkedHashMap<String, Candidate> byKey = identities(c, scope, onlyKey);
            byKey.values().removeIf(cand -> !matchesFacts(scope, cand.key, owners, findings));
            Map<Long, Candidate> byRow = new HashMap<>(byKey.size() * 2);
            for (Candidate cand : byKey.values()) {
                cand.rowIds.forEach(id -> byRow.put(id, cand));
            }
            if (!byRow.isEmpty()) {
                credentials(c, byRow, onlyKey);
                grants(c, byRow, onlyKey);
            }
            return new Selected(new ArrayList<>(byKey.values()), owners, findings, grants);
        });
    }

    private static boolean matchesFacts(CampaignScope scope, String key, Map<String, Ownership> owners,
                                        Map<String, List<FindingFact>> findings) {
        if (!scope.owners().isEmpty()) {
            Ownership o = owners.get(key);
            String owner = o == null ? CampaignScope.NONE : o.owner();
            if (!scope.owners().contains(owner)) {
                return false;
            }
        }
        List<FindingFact> open = findings.getOrDefault(key, List.of());
        if (!scope.findings().isEmpty()) {
            boolean match = scope.findings().contains(CampaignScope.ANY) && !open.isEmpty()
                    || scope.findings().contains(CampaignScope.NONE) && open.isEmpty()
                    || open.stream().anyMatch(f -> scope.findings().contains(f.rule()));
            if (!match) {
                return false;
            }
        }
        return scope.minSeverity() == null || open.stream().anyMatch(f -> f.severity().rank() >= scope.minSeverity().rank());
    }

    private static LinkedHashMap<String, Candidate> identities(Connection c, CampaignScope scope, String onlyKey)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT i.id, i.identity_key, i.name, i.kind, i.environment, i.enabled,"
                + " i.created_at, i.last_used_at, s.source FROM identity i JOIN snapshot s ON s.id = i.snapshot_id"
                + " WHERE i.current = 1 AND i.parent_id IS NULL");
        List<Object> binds = new ArrayList<>();
        if (onlyKey != null) {
            sql.append(" AND i.identity_key = ?");
            binds.add(onlyKey);
        }
        in(sql, binds, "s.source", scope.sources());
        in(sql, binds, "i.kind", scope.kinds());
        in(sql, binds, "i.environment", scope.environments());
        if (scope.changedSince() != null) {
            // New or changed: no row with the same id and content in the series' snapshot as of that one.
            sql.append(" AND i.snapshot_id > ? AND NOT EXISTS (SELECT 1 FROM identity o WHERE o.snapshot_id ="
                    + " (SELECT max(p.id) FROM snapshot p WHERE p.id <= ? AND p.source = s.source AND p.importer_id = s.importer_id)"
                    + " AND o.native_id = i.native_id AND o.content_hash = i.content_hash)");
            binds.add(scope.changedSince());
            binds.add(scope.changedSince());
        }
        sql.append(" ORDER BY i.identity_key, i.id");
        LinkedHashMap<String, Candidate> byKey = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            bind(st, binds);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    Candidate cand = byKey.get(key);
                    if (cand == null) {
                        int enabled = rs.getInt(6);
                        Boolean en = rs.wasNull() ? null : enabled == 1;
                        cand = new Candidate(key, rs.getString(3), rs.getString(4), rs.getString(9), rs.getString(5), en,
                                rs.getString(7), rs.getString(8));
                        byKey.put(key, cand);
                    } else {
                        String used = rs.getString(8);
                        if (used != null && (cand.lastUsedAt == null || used.compareTo(cand.lastUsedAt) > 0)) {
                            cand.lastUsedAt = used;
                        }
                    }
                    cand.rowIds.add(rs.getLong(1));
                }
            }
        }
        return byKey;
    }

    private static void credentials(Connection c, Map<Long, Candidate> byRow, String onlyKey) throws SQLException {
        String sql = "SELECT c.identity_id, c.native_id, c.masked_id, c.kind, c.active, c.created_at, c.last_rotated_at,"
                + " c.last_used_at, c.expires_at FROM credential c JOIN identity i ON i.id = c.identity_id"
                + " WHERE i.current = 1" + (onlyKey == null ? "" : " AND i.identity_key = ?")
                + " ORDER BY c.identity_id, c.position";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (onlyKey != null) {
                st.setString(1, onlyKey);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Candidate cand = byRow.get(rs.getLong(1));
                    if (cand == null) {
                        continue;
                    }
                    ObjectNode n = cand.credentials.addObject();
                    n.put("id", rs.getString(2));
                    n.put("masked", rs.getString(3));
                    n.put("kind", rs.getString(4));
                    int active = rs.getInt(5);
                    if (rs.wasNull()) {
                        n.putNull("active");
                    } else {
                        n.put("active", active == 1);
                    }
                    n.put("createdAt", rs.getString(6));
                    n.put("lastRotatedAt", rs.getString(7));
                    n.put("lastUsedAt", rs.getString(8));
                    n.put("expiresAt", rs.getString(9));
                }
            }
        }
    }

    private static void grants(Connection c, Map<Long, Candidate> byRow, String onlyKey) throws SQLException {
        String sql = "SELECT g.identity_id, g.privilege, g.resource, g.via, g.condition FROM access_grant g"
                + " JOIN identity i ON i.id = g.identity_id WHERE i.current = 1"
                + (onlyKey == null ? "" : " AND i.identity_key = ?") + " ORDER BY g.identity_id, g.position";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (onlyKey != null) {
                st.setString(1, onlyKey);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Candidate cand = byRow.get(rs.getLong(1));
                    if (cand == null) {
                        continue;
                    }
                    ObjectNode n = cand.grants.addObject();
                    n.put("privilege", rs.getString(2));
                    n.put("resource", rs.getString(3));
                    n.put("via", rs.getString(4));
                    n.put("condition", rs.getString(5));
                }
            }
        }
    }

    private static void in(StringBuilder sql, List<Object> binds, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append("?,".repeat(values.size() - 1)).append("?)");
        binds.addAll(Set.copyOf(values));
    }

    private static void bind(PreparedStatement st, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            st.setObject(i + 1, binds.get(i));
        }
    }
}
