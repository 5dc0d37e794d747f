package io.steward.model.inventory.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/**
 * Keyset paging over the current identities: each sort is a list of {@link Segment}s read in index order,
 * continuing after the cursor's row with a row-value comparison, so page 1,000 costs what page 1 costs.
 */
final class PageQuery {
    private static final String ALL = "all";
    private static final String UNKNOWN = "unknown";
    private static final String KNOWN = "known";

    private PageQuery() {
    }

    static IdentityPage run(DSLContext ctx, PageRequest request, CurrentSnapshots current, RiskSql risk, long small) {
        return planned(ctx, request, current, risk, small).page(request.after(), request.limit());
    }

    /**
     * The access plan and segments of a request's filter, sort and direction, made once for reading any number of its
     * pages on {@code ctx}'s connection (a listing reads hundreds; planning reads the facet counts each time).
     */
    static Planned planned(DSLContext ctx, PageRequest request, CurrentSnapshots current, RiskSql risk, long small) {
        AccessPlan plan = AccessPlan.of(ctx, request.filter(), request.sort(), current, risk, small);
        return new Planned(ctx, request.descending(), current, risk, plan, plan.conditions(), segments(request, current, plan));
    }

    /** One filter, sort and direction, planned: reads its pages. */
    record Planned(DSLContext ctx, boolean descending, CurrentSnapshots current, RiskSql risk, AccessPlan plan,
                   List<Condition> filter, List<Segment> segments) {
        /** The page of at most {@code limit} rows after {@code after} (null: the first page). */
        IdentityPage page(PageCursor after, int limit) {
            int start = 0;
            if (after != null) {
                start = indexOf(segments, after.keys().get(0));
            }
            List<IdentityRow> rows = new ArrayList<>(limit);
            String lastToken = null;
            List<String> lastKeys = null;
            for (int s = Math.max(start, 0); s < segments.size() && rows.size() < limit; s++) {
                Segment segment = segments.get(s);
                List<Condition> where = new ArrayList<>(filter);
                where.add(segment.where());
                if (after != null && s == start && start >= 0) {
                    where.add(keyset(segment, after, descending, plan));
                }
                List<Field<?>> select = new ArrayList<>(List.of(Inventory.ROW_FIELDS));
                select.addAll(risk.rowFields()); // a few probes of the findings index per row of the page
                select.addAll(segment.keys());
                // read by position from JDBC: a listing reads a thousand pages of these, and jOOQ records cost about as much as SQLite
                int firstKey = Inventory.ROW_FIELDS.length + risk.rowFields().size() + 1;
                try (ResultSet r = ctx.select(select).from(IDENTITY).where(where)
                        .orderBy(order(segment, descending)).limit(limit - rows.size()).fetchResultSet()) {
                    while (r.next()) {
                        rows.add(Inventory.row(r, current::sourceOf));
                        lastToken = segment.token();
                        lastKeys = new ArrayList<>();
                        lastKeys.add(lastToken);
                        for (int k = 0; k < segment.keys().size(); k++) {
                            lastKeys.add(r.getString(firstKey + k));
                        }
                    }
                } catch (SQLException e) {
                    throw new DataAccessException("reading a page of identities: " + e.getMessage(), e);
                }
            }
            PageCursor next = rows.size() == limit ? new PageCursor(lastKeys, rows.get(rows.size() - 1).id()) : null;
            return new IdentityPage(PrincipalFacts.merge(ctx, rows, current), next);
        }
    }

    /** Segments in the order the page walks them. */
    static List<Segment> segments(PageRequest request, CurrentSnapshots current, AccessPlan plan) {
        List<Segment> list = new ArrayList<>();
        switch (request.sort()) {
            case NAME -> list.add(new Segment(ALL, DSL.noCondition(), List.of(IDENTITY.NAME_KEY)));
            case KIND -> plan.estimates().kinds().forEach((kind, count) -> {
                if (request.filter().kind() == null || request.filter().kind().equals(kind)) {
                    list.add(new Segment("k:" + kind, plan.kindSegment(kind, count), List.of(IDENTITY.NAME_KEY)));
                }
            });
            case SOURCE -> {
                for (CurrentSnapshots.Ref ref : current.of(request.filter().source())) {
                    list.add(new Segment("s:" + ref.id(), plan.snapshotSegment(ref), List.of(IDENTITY.NAME_KEY)));
                }
            }
            case LAST_USED -> timeSegments(list, IDENTITY.LAST_USED_AT, plan);
            case CREATED -> timeSegments(list, IDENTITY.CREATED_AT, plan);
            case RISK -> riskSegments(list, request.filter().risk(), plan);
        }
        if (request.descending()) {
            java.util.Collections.reverse(list);
        }
        return list;
    }

    /** Unknown times first (by id), then known ones by time: the order of the (time, id) index. */
    private static void timeSegments(List<Segment> list, Field<String> time, AccessPlan plan) {
        list.add(new Segment(UNKNOWN, plan.timeIsNull(time, true), List.of()));
        list.add(new Segment(KNOWN, plan.timeIsNull(time, false), List.of(time)));
    }

    /**
     * Least risk first (none, low, ... critical), each level by name. A rare level is reached from its findings and
     * sorted (its name key is then written unindexed, so the name index is not walked for it).
     */
    private static void riskSegments(List<Segment> list, RiskLevel only, AccessPlan plan) {
        RiskLevel[] levels = RiskLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            RiskLevel level = levels[i];
            if (only == null || only == level) {
                boolean reached = plan.reachesFromFindings(level);
                Field<String> name = reached ? AccessPlan.unindexed(IDENTITY.NAME_KEY) : IDENTITY.NAME_KEY;
                list.add(new Segment("r:" + level.id(), plan.riskSegment(level, reached), List.of(name)));
            }
        }
    }

    private static int indexOf(List<Segment> segments, String token) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).token().equals(token)) {
                return i;
            }
        }
        throw new IllegalArgumentException("this page cursor belongs to another sort or to an inventory that has changed;"
                + " start again from the first page");
    }

    private static Condition keyset(Segment segment, PageCursor after, boolean descending, AccessPlan plan) {
        List<Field<?>> fields = new ArrayList<>();
        segment.keys().forEach(k -> fields.add(plan.key(k)));
        fields.add(plan.key(IDENTITY.ID));
        List<Field<?>> values = new ArrayList<>();
        for (int i = 0; i < segment.keys().size(); i++) {
            values.add(DSL.val(after.keys().get(i + 1), String.class));
        }
        values.add(DSL.val(after.id()));
        if (fields.size() == 1) {
            @SuppressWarnings("unchecked")
            Field<Long> id = (Field<Long>) fields.get(0);
            return descending ? id.lt(after.id()) : id.gt(after.id());
        }
        return descending ? DSL.row(fields).lt(DSL.row(values)) : DSL.row(fields).gt(DSL.row(values));
    }

    private static List<OrderField<?>> order(Segment segment, boolean descending) {
        List<OrderField<?>> order = new ArrayList<>();
        for (Field<String> k : segment.keys()) {
            order.add(descending ? k.desc() : k.asc());
        }
        order.add(descending ? IDENTITY.ID.desc() : IDENTITY.ID.asc());
        return order;
    }
}
