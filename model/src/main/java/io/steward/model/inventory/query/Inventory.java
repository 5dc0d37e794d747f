package io.steward.model.inventory.query;

import io.steward.model.inventory.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/** Shared pieces of the inventory queries: the current-row condition and the identity row columns. */
final class Inventory {
    /** The columns of an {@link IdentityRow}, in the order {@link #row} reads them. */
    static final Field<?>[] ROW_FIELDS = {IDENTITY.ID, IDENTITY.SNAPSHOT_ID, IDENTITY.NATIVE_ID, IDENTITY.NAME, IDENTITY.KIND,
        IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED, IDENTITY.CREATED_AT, IDENTITY.LAST_USED_AT, IDENTITY.PARENT_ID, IDENTITY.IDENTITY_KEY};

    private Inventory() {
    }

    /**
     * The rows a list shows: one current row per identity key, its representative ({@code key_head = 1}, see
     * KeyMerge). The 1 is written into the SQL: SQLite uses a partial index only when the query's term matches the
     * index's WHERE literally, which a bound parameter does not.
     */
    static Condition isListed() {
        return IDENTITY.KEY_HEAD.eq(DSL.inline(1L));
    }

    /** {@code current = 1}, literally (see {@link #isListed}): every current row, representatives or not. */
    static Condition isCurrent() {
        return IDENTITY.CURRENT.eq(DSL.inline(1L));
    }

    /** The current rows merged into another row's principal: {@code current = 1 AND key_head IS NULL}, literally. */
    static Condition isMerged() {
        return IDENTITY.CURRENT.eq(DSL.inline(1L)).and(IDENTITY.KEY_HEAD.isNull());
    }

    /**
     * {@code field IN (ids)} with the ids bound as one JSON array read by SQLite's {@code json_each}: one parameter and
     * the same SQL text whatever the number of ids, where a literal list of a page's thousand ids made every page's
     * query long to render and to prepare. Row ids only (integers), so the array needs no escaping.
     */
    static Condition in(Field<Long> field, Collection<Long> ids) {
        StringBuilder json = new StringBuilder(ids.size() * 8 + 2).append('[');
        for (Long id : ids) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(id.longValue());
        }
        json.append(']');
        return field.in(DSL.select(DSL.field(DSL.name("value"), Long.class)).from(DSL.table("json_each({0})", DSL.val(json.toString()))));
    }

    static IdentityRow row(Record r, Function<Long, String> sourceOf) {
        long snapshotId = r.get(IDENTITY.SNAPSHOT_ID);
        return new IdentityRow(r.get(IDENTITY.ID), snapshotId, sourceOf.apply(snapshotId), r.get(IDENTITY.NATIVE_ID),
                r.get(IDENTITY.NAME), r.get(IDENTITY.KIND), r.get(IDENTITY.ENVIRONMENT), r.get(IDENTITY.OWNER_HINT),
                bool(r.get(IDENTITY.ENABLED)), Timestamps.parse(r.get(IDENTITY.CREATED_AT)),
                Timestamps.parse(r.get(IDENTITY.LAST_USED_AT)), r.get(IDENTITY.PARENT_ID), r.get(IDENTITY.IDENTITY_KEY), risk(r));
    }

    /**
     * As {@link #row(Record, Function)}, from a JDBC row that starts with {@link #ROW_FIELDS} and then
     * {@link RiskSql#rowFields}: read by position, for the pages a listing reads by the thousand.
     */
    static IdentityRow row(ResultSet rs, Function<Long, String> sourceOf) throws SQLException {
        long snapshotId = rs.getLong(2);
        long enabled = rs.getLong(8);
        Boolean isEnabled = rs.wasNull() ? null : enabled == 1L;
        long parent = rs.getLong(11);
        Long parentId = rs.wasNull() ? null : parent;
        long packed = rs.getLong(ROW_FIELDS.length + 1);
        Risk risk = RiskSql.unpack(rs.wasNull() ? null : packed);
        return new IdentityRow(rs.getLong(1), snapshotId, sourceOf.apply(snapshotId), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), isEnabled, Timestamps.parse(rs.getString(9)), Timestamps.parse(rs.getString(10)),
                parentId, rs.getString(12), risk);
    }

    /** The risk when the query read it ({@link RiskSql#rowFields}), else null. */
    private static Risk risk(Record r) {
        if (r.field(RiskSql.RISK_NAME) == null) {
            return null;
        }
        return RiskSql.unpack(r.get(RiskSql.RISK_NAME, Long.class));
    }

    static Boolean bool(Long v) {
        return v == null ? null : v == 1L;
    }
}
