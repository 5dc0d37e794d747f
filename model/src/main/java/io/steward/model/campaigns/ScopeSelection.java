package io.steward.model.campaigns;


import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.campaigns.ReviewFacts.GrantFact;
import io.steward.model.campaigns.ReviewFacts.Ownership;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Reads the identities a scope selects, with their credentials, grants and governance facts. The identities,
 * their credentials and their grants are three cursors over the same rows in the same order (identity key, then
 * row id), merged as they stream, so opening a campaign over 100,000 identities holds one identity at a time, not
 * all of them. Only top-level identities are items: an identity that belongs to another (an IAM user's access key)
 * is reviewed with its parent.
 */
final class ScopeSelection {
    /** The identities in scope, in identity-key order, and the facts read with them. */
    record Selected(List<Candidate> candidates, Map<String, Ownership> owners, Map<String, List<FindingFact>> findings,
                    Map<String, List<GrantFact>> grants) {
    }

    /** Owners, open findings and active step-up grants, each read in one query. */
    record Governance(Map<String, Ownership> owners, Map<String, List<FindingFact>> findings, Map<String, List<GrantFact>> grants) {
        static Governance read(DSLContext ctx, ReviewFacts facts) {
            return new Governance(facts.owners().current(ctx), facts.findings().open(ctx), facts.stepUpGrants().active(ctx));
        }
    }

    /** Receives each candidate in identity-key order; it may write on the same connection. */
    @FunctionalInterface
    interface Sink {
        void accept(Candidate candidate) throws SQLException;
    }

    private ScopeSelection() {
    }

    /** Every candidate in a list: for one identity ({@code onlyKey}) or a preview-sized scope. */
    static Selected select(DSLContext ctx, CampaignScope scope, ReviewFacts facts, String onlyKey) {
        Governance g = Governance.read(ctx, facts);
        List<Candidate> candidates = new ArrayList<>();
        ctx.connection(c -> each(c, scope, g, onlyKey, candidates::add));
        return new Selected(candidates, g.owners(), g.findings(), g.grants());
    }

    /** Streams the candidates in identity-key order to {@code sink}, holding only the one being merged. */
    static void each(Connection c, CampaignScope scope, Governance g, String onlyKey, Sink sink) throws SQLException {
        List<Object> binds = new ArrayList<>();
        String where = where(scope, onlyKey, binds);
        try (PreparedStatement ids = c.prepareStatement("SELECT i.id, i.identity_key, i.name, i.kind, i.environment, i.enabled,"
                + " i.created_at, i.last_used_at, s.source" + FROM + where + " ORDER BY i.identity_key, i.id");
             PreparedStatement creds = c.prepareStatement("SELECT i.id, c.native_id, c.masked_id, c.kind, c.active, c.created_at,"
                     + " c.last_rotated_at, c.last_used_at, c.expires_at" + FROM + " JOIN credential c ON c.identity_id = i.id"
                     + where + " ORDER BY i.identity_key, i.id, c.position");
             PreparedStatement grants = c.prepareStatement("SELECT i.id, g.privilege, g.resource, g.via, g.condition" + FROM
                     + " JOIN access_grant g ON g.identity_id = i.id" + where + " ORDER BY i.identity_key, i.id, g.position")) {
            bind(ids, binds);
            bind(creds, binds);
            bind(grants, binds);
            try (ResultSet ir = ids.executeQuery(); ChildRows cr = new ChildRows(creds.executeQuery());
                 ChildRows gr = new ChildRows(grants.executeQuery())) {
                Candidate cand = null;
                while (ir.next()) {
                    long rowId = ir.getLong(1);
                    String key = ir.getString(2);
                    if (cand != null && !cand.key.equals(key)) {
                        emit(cand, scope, g, sink);
                        cand = null;
                    }
                    if (cand == null) {
                        int enabled = ir.getInt(6);
                        Boolean en = ir.wasNull() ? null : enabled == 1;
                        cand = new Candidate(key, ir.getString(3), ir.getString(4), ir.getString(9), ir.getString(5), en,
                                ir.getString(7), ir.getString(8));
                    } else {
                        String used = ir.getString(8);
                        if (used != null && (cand.lastUsedAt == null || used.compareTo(cand.lastUsedAt) > 0)) {
                            cand.lastUsedAt = used;
                        }
                    }
                    while (cr.at(rowId)) {
                        cand.credentialRows.add(credential(cr.rs));
                        cr.advance();
                    }
                    while (gr.at(rowId)) {
                        cand.grantRows.add(new Candidate.GrantRow(gr.rs.getString(2), gr.rs.getString(3), gr.rs.getString(4),
                                gr.rs.getString(5)));
                        gr.advance();
                    }
                }
                if (cand != null) {
                    emit(cand, scope, g, sink);
                }
            }
        }
    }

    private static final String FROM = " FROM identity i JOIN snapshot s ON s.id = i.snapshot_id";

    private static void emit(Candidate cand, CampaignScope scope, Governance g, Sink sink) throws SQLException {
        if (matchesFacts(scope, cand.key, g.owners(), g.findings())) {
            sink.accept(cand);
        }
    }

    /**
     * A cursor over child rows (credentials or grants) in the identities' order: its rows for an identity row
     * come exactly where that row comes in the identity cursor, because all three share the same filter and order.
     */
    private static final class ChildRows implements AutoCloseable {
        final ResultSet rs;
        private boolean has;

        ChildRows(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.has = rs.next();
        }

        boolean at(long identityRow) throws SQLException {
            return has && rs.getLong(1) == identityRow;
        }

        void advance() throws SQLException {
            has = rs.next();
        }

        @Override
        public void close() throws SQLException {
            rs.close();
        }
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

    private static String where(CampaignScope scope, String onlyKey, List<Object> binds) {
        StringBuilder sql = new StringBuilder(" WHERE i.current = 1 AND i.parent_id IS NULL");
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
        return sql.toString();
    }

    private static Candidate.CredentialRow credential(ResultSet rs) throws SQLException {
        int active = rs.getInt(5);
        Boolean act = rs.wasNull() ? null : active == 1;
        return new Candidate.CredentialRow(rs.getString(2), rs.getString(3), rs.getString(4), act, rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9));
    }

    private static void in(StringBuilder sql, List<Object> binds, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append("?,".repeat(values.size() - 1)).append("?)");
        binds.addAll(List.copyOf(values));
    }

    private static void bind(PreparedStatement st, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            st.setObject(i + 1, binds.get(i));
        }
    }
}
