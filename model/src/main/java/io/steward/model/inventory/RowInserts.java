package io.steward.model.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The snapshot writer's prepared INSERTs, bound and batched by hand: the hot path of a million-row import, so
 * it binds values straight through JDBC rather than building jOOQ queries row by row.
 */
final class RowInserts implements AutoCloseable {
    private static final String INSERT_IDENTITY = "INSERT INTO identity (id, snapshot_id, current, parent_id, native_id, name, name_key,"
            + " kind, environment, owner_hint, enabled, created_at, last_used_at, attributes, tags, content_hash, record_no,"
            + " identity_key, key_head) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String INSERT_CREDENTIAL = "INSERT INTO credential (identity_id, position, native_id, masked_id, kind, active,"
            + " created_at, last_rotated_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_GRANT = "INSERT INTO access_grant (identity_id, position, privilege, resource, via, condition)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINK = "INSERT INTO identity_link (identity_id, position, kind, target_source, target_native_id)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_ALIAS = "INSERT INTO identity_alias (identity_id, alias) VALUES (?, ?)";
    private static final String INSERT_ISSUE = "INSERT INTO snapshot_issue (snapshot_id, severity, record_no, line_no, field, rule, message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement identity;
    private final PreparedStatement credential;
    private final PreparedStatement grant;
    private final PreparedStatement link;
    private final PreparedStatement alias;
    private final PreparedStatement issue;

    RowInserts(Connection conn) throws SQLException {
        identity = conn.prepareStatement(INSERT_IDENTITY);
        credential = conn.prepareStatement(INSERT_CREDENTIAL);
        grant = conn.prepareStatement(INSERT_GRANT);
        link = conn.prepareStatement(INSERT_LINK);
        alias = conn.prepareStatement(INSERT_ALIAS);
        issue = conn.prepareStatement(INSERT_ISSUE);
    }

    /** Adds an identity row to the batch; {@code parentId} 0 = none. */
    void identity(long id, long snapshotId, String source, long parentId, PreparedIdentity p) throws SQLException {
        IdentityRecord r = p.record;
        PreparedStatement s = identity;
        s.setLong(1, id);
        s.setLong(2, snapshotId);
        if (parentId > 0) {
            s.setLong(3, parentId);
        } else {
            s.setNull(3, Types.INTEGER);
        }
        s.setString(4, r.nativeId());
        s.setString(5, p.name);
        s.setString(6, p.nameKey);
        s.setString(7, r.kind());
        setText(s, 8, r.environment());
        setText(s, 9, r.ownerHint());
        setBool(s, 10, r.enabled());
        setText(s, 11, p.createdAt);
        setText(s, 12, p.lastUsedAt);
        setText(s, 13, p.attributes);
        setText(s, 14, p.tags);
        s.setLong(15, p.contentHash);
        s.setLong(16, r.recordNo());
        s.setString(17, IdentityKeys.of(source, r));
        s.addBatch();
    }

    /** Adds the identity's credentials, grants, links and aliases to their batches, numbered in record order. */
    void children(long id, PreparedIdentity p) throws SQLException {
        IdentityRecord r = p.record;
        int pos = 0;
        for (CredentialRecord c : r.credentials()) {
            String[] times = p.credentialTimes[pos];
            credential.setLong(1, id);
            credential.setInt(2, pos++);
            credential.setString(3, c.nativeId());
            setText(credential, 4, c.maskedId());
            credential.setString(5, c.kind());
            setBool(credential, 6, c.active());
            setText(credential, 7, times[0]);
            setText(credential, 8, times[1]);
            setText(credential, 9, times[2]);
            setText(credential, 10, times[3]);
            credential.addBatch();
        }
        pos = 0;
        for (GrantRecord g : r.grants()) {
            grant.setLong(1, id);
            grant.setInt(2, pos++);
            grant.setString(3, g.privilege());
            setText(grant, 4, g.resource());
            setText(grant, 5, g.via());
            setText(grant, 6, g.condition());
            grant.addBatch();
        }
        pos = 0;
        for (LinkRecord l : r.links()) {
            link.setLong(1, id);
            link.setInt(2, pos++);
            link.setString(3, l.kind());
            setText(link, 4, l.targetSource());
            link.setString(5, l.targetNativeId());
            link.addBatch();
        }
        for (String a : r.aliases()) {
            alias.setLong(1, id);
            alias.setString(2, a);
            alias.addBatch();
        }
    }

    void issue(long snapshotId, ImportIssue i) throws SQLException {
        issue.setLong(1, snapshotId);
        issue.setString(2, i.severity().code());
        issue.setLong(3, i.recordNo());
        issue.setLong(4, i.lineNo());
        setText(issue, 5, i.field());
        issue.setString(6, i.rule());
        issue.setString(7, i.message());
        issue.addBatch();
    }

    /** Runs the identity batch: parents before the children that reference them. */
    void executeIdentities() throws SQLException {
        identity.executeBatch();
    }

    void executeChildren() throws SQLException {
        credential.executeBatch();
        grant.executeBatch();
        link.executeBatch();
        alias.executeBatch();
    }

    void executeIssues() throws SQLException {
        issue.executeBatch();
    }

    private static void setText(PreparedStatement s, int i, String v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, v);
        }
    }

    private static void setBool(PreparedStatement s, int i, Boolean v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v ? 1 : 0);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement s : new PreparedStatement[] {identity, credential, grant, link, alias, issue}) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // closing after a failed transaction: the rollback is what matters
            }
        }
    }
}
