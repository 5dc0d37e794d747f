package io.steward.model.inventory.query;

import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/**
 * The owner hint and environment of a principal that several rows describe: the representative's, else the first
 * other current row's that states one (as {@link PrincipalFacts} shows them). Filters and facet counts use these
 * merged values, so what a list shows is what it filters on. Other current rows are few (usually none), so each
 * of these reads them all once through the merged-rows index.
 */
final class MergedFacets {
    private MergedFacets() {
    }

    /**
     * {@code field = value} on the merged value: the row's own {@code field} (which may be an unindexed form of the
     * column, see {@link AccessPlan}), else, when it states none, another current row of its key.
     */
    static Condition facet(Field<String> field, Field<String> column, String value) {
        if (IdentityFilter.UNKNOWN.equals(value)) {
            return field.isNull().and(IDENTITY.ID.notIn(headsWhereOthers(column, null)));
        }
        return field.eq(value).or(IDENTITY.ID.in(headsWhereOthers(column, value)));
    }

    /** Representatives that state no value of {@code column} while another row of their key states {@code value} (null: any). */
    private static org.jooq.Select<org.jooq.Record1<Long>> headsWhereOthers(Field<String> column, String value) {
        Table<?> m = IDENTITY.as("m");
        Table<?> h = IDENTITY.as("h");
        Field<String> other = m.field(column);
        Field<String> own = h.field(column);
        return DSL.select(h.field(IDENTITY.ID)).from(m).join(h).on(h.field(IDENTITY.IDENTITY_KEY).eq(m.field(IDENTITY.IDENTITY_KEY)))
                .where(m.field(IDENTITY.CURRENT).eq(DSL.inline(1L))).and(m.field(IDENTITY.KEY_HEAD).isNull())
                .and(value == null ? other.isNotNull() : other.eq(value))
                .and(h.field(IDENTITY.CURRENT).eq(DSL.inline(1L))).and(h.field(IDENTITY.KEY_HEAD).eq(DSL.inline(1L)))
                .and(own.isNull());
    }

    /** Merged owner hint and environment of every representative that has other rows and states none itself. */
    record Filled(String ownerHint, String environment) {
    }

    static Map<Long, Filled> filled(DSLContext ctx) {
        Table<?> m = IDENTITY.as("m");
        Table<?> h = IDENTITY.as("h");
        Map<Long, Filled> out = new HashMap<>();
        for (Record r : ctx.select(h.field(IDENTITY.ID), h.field(IDENTITY.OWNER_HINT), h.field(IDENTITY.ENVIRONMENT),
                        m.field(IDENTITY.OWNER_HINT), m.field(IDENTITY.ENVIRONMENT), m.field(IDENTITY.ID))
                .from(m).join(h).on(h.field(IDENTITY.IDENTITY_KEY).eq(m.field(IDENTITY.IDENTITY_KEY)))
                .where(m.field(IDENTITY.CURRENT).eq(DSL.inline(1L))).and(m.field(IDENTITY.KEY_HEAD).isNull())
                .and(h.field(IDENTITY.CURRENT).eq(DSL.inline(1L))).and(h.field(IDENTITY.KEY_HEAD).eq(DSL.inline(1L)))
                .fetch().sortAsc(m.field(IDENTITY.ID))) {
            long head = r.get(h.field(IDENTITY.ID));
            Filled f = out.getOrDefault(head, new Filled(r.get(h.field(IDENTITY.OWNER_HINT)), r.get(h.field(IDENTITY.ENVIRONMENT))));
            out.put(head, new Filled(f.ownerHint() != null ? f.ownerHint() : r.get(m.field(IDENTITY.OWNER_HINT)),
                    f.environment() != null ? f.environment() : r.get(m.field(IDENTITY.ENVIRONMENT))));
        }
        return out;
    }
}
